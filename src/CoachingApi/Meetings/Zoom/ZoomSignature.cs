using System.Security.Cryptography;
using System.Text;

namespace CallCoach.CoachingApi.Meetings.Zoom;

/// <summary>
/// Zoom's webhook signature: <c>x-zm-signature: v0=</c> and the hex HMAC-SHA256, keyed with the secret token, of
/// <c>v0:{x-zm-request-timestamp}:{raw body}</c>. The URL validation's encrypted token is the same HMAC of the plain token.
/// </summary>
public static class ZoomSignature
{
    public const string SignatureHeader = "x-zm-signature";
    public const string TimestampHeader = "x-zm-request-timestamp";
    private const string Version = "v0";

    /// <summary>Null when the request is Zoom's, else why it is refused.</summary>
    public static string? Check(IHeaderDictionary headers, byte[] body, string secret, TimeSpan maxAge, TimeProvider time)
    {
        string? signature = headers[SignatureHeader];
        string? timestamp = headers[TimestampHeader];
        if (signature is null || timestamp is null)
        {
            return $"{SignatureHeader} and {TimestampHeader} are required";
        }

        if (WebhookRequest.Stale(timestamp, maxAge, time) is { } stale)
        {
            return stale;
        }

        return signature.StartsWith(Version + "=", StringComparison.Ordinal)
               && WebhookRequest.SameHex(signature[(Version.Length + 1)..], Mac(secret, [.. Encoding.UTF8.GetBytes($"{Version}:{timestamp}:"), .. body]))
            ? null
            : $"{SignatureHeader} does not match the body signed with the secret token";
    }

    public static string Sign(string secret, string timestamp, byte[] body) =>
        $"{Version}=" + Convert.ToHexStringLower(Mac(secret, [.. Encoding.UTF8.GetBytes($"{Version}:{timestamp}:"), .. body]));

    public static string EncryptToken(string secret, string plainToken) =>
        Convert.ToHexStringLower(Mac(secret, Encoding.UTF8.GetBytes(plainToken)));

    private static byte[] Mac(string secret, byte[] message) => HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), message);
}
