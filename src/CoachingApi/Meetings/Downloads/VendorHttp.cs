using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using CallCoach.CoachingApi.Hosting;
using Microsoft.Extensions.Options;

namespace CallCoach.CoachingApi.Meetings.Downloads;

/// <summary>
/// The calls every fetcher makes to its vendor: JSON reads and file downloads, each refused with the vendor's status
/// and the wait it asked for (Retry-After), so the downloader can back off as told. Files are capped at the upload limit.
/// </summary>
public sealed class VendorHttp(IHttpClientFactory clients, IOptions<ApiOptions> api, TimeProvider time)
{
    public const string ClientName = "meetings";

    public async Task<JsonDocument> GetJsonAsync(string what, Uri url, string bearer, CancellationToken ct)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", bearer);
        return await SendForJsonAsync(what, request, ct);
    }

    public async Task<JsonDocument> SendForJsonAsync(string what, HttpRequestMessage request, CancellationToken ct)
    {
        using var response = await clients.CreateClient(ClientName).SendAsync(request, HttpCompletionOption.ResponseHeadersRead, ct);
        await EnsureSuccessAsync(what, response, ct);
        await using var body = await response.Content.ReadAsStreamAsync(ct);
        try
        {
            return await JsonDocument.ParseAsync(body, new JsonDocumentOptions { MaxDepth = 64 }, ct);
        }
        catch (JsonException e)
        {
            throw new MeetingFetchException($"{what}: the answer is not JSON ({e.Message})");
        }
    }

    /// <summary>Streams the answer into <paramref name="path"/>; returns the content type the vendor gave.</summary>
    public async Task<string?> DownloadAsync(string what, HttpRequestMessage request, string path, CancellationToken ct)
    {
        using var response = await clients.CreateClient(ClientName).SendAsync(request, HttpCompletionOption.ResponseHeadersRead, ct);
        await EnsureSuccessAsync(what, response, ct);
        var limit = api.Value.MaxUploadBytes;
        if (response.Content.Headers.ContentLength > limit)
        {
            throw new MeetingFetchException($"{what}: {response.Content.Headers.ContentLength} bytes is more than the {api.Value.MaxUploadMegabytes} MB upload limit (Api:MaxUploadMegabytes)");
        }

        await using (var source = await response.Content.ReadAsStreamAsync(ct))
        await using (var target = File.Create(path))
        {
            var buffer = new byte[81_920];
            long total = 0;
            int read;
            while ((read = await source.ReadAsync(buffer, ct)) > 0)
            {
                total += read;
                if (total > limit)
                {
                    throw new MeetingFetchException($"{what}: more than the {api.Value.MaxUploadMegabytes} MB upload limit (Api:MaxUploadMegabytes)");
                }

                await target.WriteAsync(buffer.AsMemory(0, read), ct);
            }
        }

        return response.Content.Headers.ContentType?.MediaType;
    }

    private async Task EnsureSuccessAsync(string what, HttpResponseMessage response, CancellationToken ct)
    {
        if (response.IsSuccessStatusCode)
        {
            return;
        }

        // A vendor's error body says why (an expired token, a minute not ready); a little of it goes into the reason.
        var text = await response.Content.ReadAsStringAsync(ct);
        var excerpt = text.Length > 300 ? text[..300] + "…" : text;
        var retryAfter = response.Headers.RetryAfter is { } after
            ? after.Delta ?? (after.Date is { } date ? date - time.GetUtcNow() : null)
            : null;
        throw new MeetingFetchException(
            $"{what}: {(int)response.StatusCode} {response.ReasonPhrase}{(excerpt.Length > 0 ? $" — {excerpt.ReplaceLineEndings(" ")}" : "")}",
            retryAfter,
            response.StatusCode);
    }

    public static bool IsUnauthorized(Exception e) => e is MeetingFetchException { Status: HttpStatusCode.Unauthorized };
}
