using System.Security.Cryptography;
using System.Text;

namespace CallCoach.CoachingApi.Meetings.Feishu;

/// <summary>
/// Feishu's encryption strategy. With an Encrypt Key, an event body is <c>{"encrypt": base64(IV ‖ AES-256-CBC(json))}</c>,
/// the AES key being SHA-256 of the Encrypt Key, PKCS#7 padded; and <c>X-Lark-Signature</c> is the hex SHA-256 of
/// <c>X-Lark-Request-Timestamp + X-Lark-Request-Nonce + Encrypt Key + raw body</c>.
/// </summary>
public static class FeishuCrypto
{
    public const string SignatureHeader = "X-Lark-Signature";
    public const string TimestampHeader = "X-Lark-Request-Timestamp";
    public const string NonceHeader = "X-Lark-Request-Nonce";

    /// <summary>The decrypted JSON, or null when it does not decrypt with this key.</summary>
    public static string? Decrypt(string encrypted, string encryptKey)
    {
        try
        {
            var bytes = Convert.FromBase64String(encrypted);
            if (bytes.Length < 32 || bytes.Length % 16 != 0)
            {
                return null;
            }

            using var aes = Aes.Create();
            aes.Key = SHA256.HashData(Encoding.UTF8.GetBytes(encryptKey));
            var plain = aes.DecryptCbc(bytes.AsSpan(16), bytes.AsSpan(0, 16), PaddingMode.PKCS7);
            return new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(plain);
        }
        catch (Exception e) when (e is FormatException or CryptographicException or DecoderFallbackException)
        {
            return null;
        }
    }

    public static string Encrypt(string json, string encryptKey)
    {
        using var aes = Aes.Create();
        aes.Key = SHA256.HashData(Encoding.UTF8.GetBytes(encryptKey));
        var iv = RandomNumberGenerator.GetBytes(16);
        return Convert.ToBase64String([.. iv, .. aes.EncryptCbc(Encoding.UTF8.GetBytes(json), iv, PaddingMode.PKCS7)]);
    }

    public static byte[] Signature(string timestamp, string nonce, string encryptKey, byte[] body) =>
        SHA256.HashData([.. Encoding.UTF8.GetBytes(timestamp + nonce + encryptKey), .. body]);

    /// <summary>Null when the headers prove Feishu sent this body, else why not.</summary>
    public static string? Check(IHeaderDictionary headers, byte[] body, string encryptKey, TimeSpan maxAge, TimeProvider time)
    {
        string? signature = headers[SignatureHeader];
        string? timestamp = headers[TimestampHeader];
        string? nonce = headers[NonceHeader];
        if (signature is null || timestamp is null || nonce is null)
        {
            return $"{SignatureHeader}, {TimestampHeader} and {NonceHeader} are required when an Encrypt Key is configured";
        }

        if (WebhookRequest.Stale(timestamp, maxAge, time) is { } stale)
        {
            return stale;
        }

        return WebhookRequest.SameHex(signature.ToLowerInvariant(), Signature(timestamp, nonce, encryptKey, body))
            ? null
            : $"{SignatureHeader} does not match sha256(timestamp + nonce + Encrypt Key + body)";
    }
}
