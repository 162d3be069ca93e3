using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using CallCoach.Core.Paths;
using CallCoach.Ingest.Metadata;
using Microsoft.Extensions.Options;

namespace CallCoach.Ingest.Blob;

/// <summary>
/// Local copies of blobs on their way to intake: each recording in a folder of its own under
/// <c>data/spool/blob</c>, its sidecar beside it as intake expects. Downloads are conditional on the ETag that was
/// listed, so what is taken is exactly the version the cursor will record. The blobs themselves are only read.
/// </summary>
public sealed class BlobSpool(IOptions<DataOptions> data)
{
    public string Folder => Path.Combine(data.Value.Spool, "blob");

    /// <summary>Downloads <paramref name="item"/> (and <paramref name="sidecar"/>); returns the recording's local path inside <paramref name="folder"/>.</summary>
    public async Task<string> DownloadAsync(
        BlobContainerClient container, ListedBlob item, ListedBlob? sidecar, string folder, CancellationToken ct)
    {
        Directory.CreateDirectory(folder);
        // The name's last segment, made safe: it names the call and, if it comes to that, the quarantined file.
        var recording = SafeFileName.PathIn(folder, item.Name[(item.Name.LastIndexOf('/') + 1)..], "recording");
        await DownloadAsync(container, item, recording, ct);
        if (sidecar is not null)
        {
            await DownloadAsync(container, sidecar, SidecarReader.PathFor(recording), ct);
        }

        return recording;
    }

    /// <summary>A fresh folder for one item.</summary>
    public string NewFolder() => Path.Combine(Folder, Guid.NewGuid().ToString("N"));

    /// <summary>
    /// Removes what intake did not take. Intake moves a file it accepts, quarantines or sets aside, so anything left is
    /// a copy of a blob the cursor has not recorded, which is read again at the next listing.
    /// </summary>
    public static void Discard(string folder)
    {
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static async Task DownloadAsync(BlobContainerClient container, ListedBlob item, string path, CancellationToken ct)
    {
        var options = new BlobDownloadToOptions { Conditions = new BlobRequestConditions { IfMatch = new Azure.ETag(item.ETag) } };
        await container.GetBlobClient(item.Name).DownloadToAsync(path, options, ct);
    }
}
