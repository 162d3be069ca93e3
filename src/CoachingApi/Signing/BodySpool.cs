using System.Security.Cryptography;
using System.Text;

namespace CallCoach.CoachingApi.Signing;

/// <summary>
/// A request body copied to a file under the data folder while its HMAC is computed, so a 1 GB upload is verified
/// without holding it in memory, and the endpoint then reads the verified copy. The file goes when the spool is
/// disposed, at the end of the request.
/// </summary>
public sealed class BodySpool : IAsyncDisposable
{
    private const int BufferSize = 81_920;
    private readonly FileStream file;

    private BodySpool(FileStream file, byte[] mac)
    {
        this.file = file;
        Mac = mac;
    }

    /// <summary>HMAC-SHA256 over "&lt;timestamp&gt;." and the body bytes.</summary>
    public byte[] Mac { get; }

    /// <summary>
    /// Copies the body, refusing it with 413 once it passes <paramref name="maxBytes"/>; the server enforces the same
    /// limit, and this keeps it when a host does not.
    /// </summary>
    public static async Task<BodySpool> CreateAsync(Stream body, string folder, SignedBodyClaim claim, long maxBytes, CancellationToken ct)
    {
        Directory.CreateDirectory(folder);
        var file = new FileStream(
            System.IO.Path.Combine(folder, $".signed-{Guid.NewGuid():N}.body"),
            FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, BufferSize, FileOptions.Asynchronous | FileOptions.DeleteOnClose);
        try
        {
            using var hmac = IncrementalHash.CreateHMAC(HashAlgorithmName.SHA256, claim.Key);
            hmac.AppendData(Encoding.ASCII.GetBytes(claim.Timestamp + "."));
            var buffer = new byte[BufferSize];
            long total = 0;
            int read;
            while ((read = await body.ReadAsync(buffer, ct)) > 0)
            {
                total += read;
                if (total > maxBytes)
                {
                    throw new BadHttpRequestException("The request body is too large.", StatusCodes.Status413PayloadTooLarge);
                }

                hmac.AppendData(buffer, 0, read);
                await file.WriteAsync(buffer.AsMemory(0, read), ct);
            }

            await file.FlushAsync(ct);
            file.Position = 0;
            return new BodySpool(file, hmac.GetHashAndReset());
        }
        catch
        {
            await file.DisposeAsync();
            throw;
        }
    }

    /// <summary>The verified body, from its start; the endpoint reads it in place of the request's own.</summary>
    public Stream Body => file;

    public ValueTask DisposeAsync() => file.DisposeAsync();
}
