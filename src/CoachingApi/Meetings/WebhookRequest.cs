using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace CallCoach.CoachingApi.Meetings;

/// <summary>What every vendor webhook does first: read the exact body bytes (signatures cover them) and compare secrets.</summary>
public static class WebhookRequest
{
    /// <summary>Vendor events are a few kilobytes of JSON; nesting deeper than this is no vendor's.</summary>
    public static readonly JsonDocumentOptions Json = new() { MaxDepth = 32 };

    /// <summary>The raw body. Its size is already held to Api:MaxJsonKilobytes for every endpoint that takes no upload.</summary>
    public static async Task<byte[]> ReadBodyAsync(HttpRequest request, CancellationToken ct)
    {
        using var buffer = new MemoryStream();
        await request.Body.CopyToAsync(buffer, ct);
        return buffer.ToArray();
    }

    /// <summary>Constant-time, so a guesser learns nothing from how long a wrong secret took to refuse.</summary>
    public static bool SameSecret(string? given, string expected) =>
        given is not null && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(given), Encoding.UTF8.GetBytes(expected));

    public static bool SameHex(string? given, byte[] expected) =>
        given is not null && given.Length == expected.Length * 2
        && given.All(Uri.IsHexDigit)
        && CryptographicOperations.FixedTimeEquals(Convert.FromHexString(given), expected);

    /// <summary>Unix seconds within <paramref name="maxAge"/> of now, either way; null when fresh, else why not.</summary>
    public static string? Stale(string? unixSeconds, TimeSpan maxAge, TimeProvider time)
    {
        if (!long.TryParse(unixSeconds, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var seconds)
            || seconds > DateTimeOffset.MaxValue.ToUnixTimeSeconds())
        {
            return "the timestamp header is missing or not unix seconds";
        }

        var skew = time.GetUtcNow() - DateTimeOffset.FromUnixTimeSeconds(seconds);
        return skew.Duration() > maxAge
            ? $"the timestamp is {Math.Abs(skew.TotalSeconds):F0} s {(skew > TimeSpan.Zero ? "old" : "in the future")}; at most {maxAge.TotalSeconds:F0} s either way is accepted (Meetings:SignatureMaxAge)"
            : null;
    }
}
