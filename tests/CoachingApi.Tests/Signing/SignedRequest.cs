using System.Globalization;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;

namespace CallCoach.CoachingApi.Tests.Signing;

/// <summary>
/// Signs a request as a source must, written from the documented recipe rather than from the service's code:
/// X-CallCoach-Signature = "sha256=" + hex(HMAC-SHA256(secret, "&lt;unix seconds&gt;." + body)).
/// </summary>
public static class SignedRequest
{
    public const string Source = "partner";
    public const string Secret = "0123456789abcdef0123456789abcdef-test-secret";

    public static async Task<HttpRequestMessage> PostAsync(
        string uri, HttpContent content, DateTimeOffset? at = null, string source = Source, string secret = Secret)
    {
        var body = await content.ReadAsByteArrayAsync();
        var timestamp = (at ?? DateTimeOffset.UtcNow).ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        var request = new HttpRequestMessage(HttpMethod.Post, uri) { Content = Copy(body, content.Headers) };
        request.Headers.Add("X-CallCoach-Source", source);
        request.Headers.Add("X-CallCoach-Timestamp", timestamp);
        request.Headers.Add("X-CallCoach-Signature", Signature(secret, timestamp, body));
        return request;
    }

    public static string Signature(string secret, string timestamp, byte[] body) => "sha256=" + Convert.ToHexStringLower(Mac(secret, timestamp, body));

    public static byte[] Mac(string secret, string timestamp, byte[] body) =>
        HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), (byte[])[.. Encoding.ASCII.GetBytes(timestamp + "."), .. body]);

    /// <summary>The same request again: a replay, byte for byte.</summary>
    public static async Task<HttpRequestMessage> CopyAsync(HttpRequestMessage request)
    {
        var copy = new HttpRequestMessage(request.Method, request.RequestUri)
        {
            Content = Copy(await request.Content!.ReadAsByteArrayAsync(), request.Content.Headers),
        };
        foreach (var header in request.Headers)
        {
            copy.Headers.Add(header.Key, header.Value);
        }

        return copy;
    }

    private static ByteArrayContent Copy(byte[] body, HttpContentHeaders headers)
    {
        var content = new ByteArrayContent(body);
        content.Headers.ContentType = headers.ContentType;
        return content;
    }
}
