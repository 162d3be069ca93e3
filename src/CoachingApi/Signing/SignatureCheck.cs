using System.Buffers;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace CallCoach.CoachingApi.Signing;

/// <summary>
/// The rules of a signed body, apart from reading it: first the headers (present, known source, fresh timestamp,
/// well-formed signature), then, once the body's HMAC is known, the comparison and the replay check.
/// </summary>
public sealed class SignatureCheck(IOptions<SigningOptions> options, SeenSignatures seen, TimeProvider time)
{
    private static readonly SearchValues<char> HexDigits = SearchValues.Create("0123456789abcdefABCDEF");

    /// <summary>A claim to verify against the body, or why the request is refused before its body is read.</summary>
    public (SignedBodyClaim? Claim, SignatureRejection? Rejection) Start(SignatureHeaders headers)
    {
        var signing = options.Value;
        if (headers.Missing.Count > 0)
        {
            return Refuse($"{(headers.NonePresent ? "The request is not signed" : "The signature is incomplete")}: missing {string.Join(", ", headers.Missing)}.");
        }

        if (!signing.Sources.TryGetValue(headers.Source!, out var source))
        {
            return Refuse($"{SignatureHeaders.SourceHeader} names no configured source.");
        }

        if (!long.TryParse(headers.Timestamp, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds)
            || seconds > DateTimeOffset.MaxValue.ToUnixTimeSeconds())
        {
            return Refuse($"{SignatureHeaders.TimestampHeader} must be whole seconds since 1970-01-01 UTC.");
        }

        var signedAt = DateTimeOffset.FromUnixTimeSeconds(seconds);
        var skew = time.GetUtcNow() - signedAt;
        if (skew.Duration() > signing.MaxAge)
        {
            return Refuse(
                $"Replayed or clock skew: the timestamp is {Math.Abs(skew.TotalSeconds):F0} s {(skew > TimeSpan.Zero ? "old" : "in the future")}; " +
                $"at most {signing.MaxAge.TotalSeconds:F0} s either way is accepted. Sign again with the current time.");
        }

        var signature = headers.Signature!;
        if (!signature.StartsWith(SignatureHeaders.SignaturePrefix, StringComparison.Ordinal)
            || signature.Length != SignatureHeaders.SignaturePrefix.Length + 64
            || signature.AsSpan(SignatureHeaders.SignaturePrefix.Length).ContainsAnyExcept(HexDigits))
        {
            return Refuse($"{SignatureHeaders.SignatureHeader} must be \"sha256=\" and 64 hex digits.");
        }

        return (new SignedBodyClaim(
            headers.Source!,
            Encoding.UTF8.GetBytes(source.Secret),
            headers.Timestamp!,
            Convert.FromHexString(signature.AsSpan(SignatureHeaders.SignaturePrefix.Length)),
            signedAt + signing.MaxAge), null);
    }

    /// <summary>Null when the body's HMAC matches the claim and the signature was not used before.</summary>
    public SignatureRejection? Finish(SignedBodyClaim claim, byte[] bodyMac)
    {
        if (!CryptographicOperations.FixedTimeEquals(bodyMac, claim.Signature))
        {
            return SignatureRejection.Unauthorized(
                $"{SignatureHeaders.SignatureHeader} does not match the body: sign \"<timestamp>.\" followed by the exact body bytes with the source's secret.");
        }

        return seen.TryRemember($"{claim.Source.ToLowerInvariant()}:{Convert.ToHexStringLower(claim.Signature)}", claim.Expires)
            ? null
            : SignatureRejection.Replayed("This signature was already used. Sign each request once, with its own timestamp.");
    }

    private static (SignedBodyClaim?, SignatureRejection?) Refuse(string detail) => (null, SignatureRejection.Unauthorized(detail));
}
