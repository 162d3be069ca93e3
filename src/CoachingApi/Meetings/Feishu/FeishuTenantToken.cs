using System.Net.Http.Json;
using System.Text.Json;
using CallCoach.CoachingApi.Meetings.Downloads;
using Microsoft.Extensions.Options;

namespace CallCoach.CoachingApi.Meetings.Feishu;

/// <summary>
/// The app's <c>tenant_access_token</c> (<c>POST /open-apis/auth/v3/tenant_access_token/internal</c> with the app id and
/// secret), kept until it nearly expires (Feishu's last two hours).
/// </summary>
public sealed class FeishuTenantToken(VendorHttp http, IOptions<FeishuOptions> options, TimeProvider time) : AppToken(time)
{
    protected override async Task<(string Token, TimeSpan Lifetime)> FetchAsync(CancellationToken ct)
    {
        var feishu = options.Value;
        using var request = new HttpRequestMessage(HttpMethod.Post, FeishuApi.Url(feishu, "open-apis/auth/v3/tenant_access_token/internal"))
        {
            Content = JsonContent.Create(new TokenRequest(feishu.AppId!, feishu.AppSecret!)),
        };
        using var answer = await http.SendForJsonAsync("Feishu tenant_access_token", request, ct);
        var root = FeishuApi.Succeeded("Feishu tenant_access_token", answer.RootElement);
        var token = VendorJson.Text(root, "tenant_access_token")
            ?? throw new MeetingFetchException("Feishu tenant_access_token: the answer has no tenant_access_token");
        var seconds = VendorJson.Find(root, "expire") is { ValueKind: JsonValueKind.Number } expire ? expire.GetInt32() : 7200;
        return (token, TimeSpan.FromSeconds(seconds));
    }

    private sealed record TokenRequest(
        [property: System.Text.Json.Serialization.JsonPropertyName("app_id")] string AppId,
        [property: System.Text.Json.Serialization.JsonPropertyName("app_secret")] string AppSecret);
}
