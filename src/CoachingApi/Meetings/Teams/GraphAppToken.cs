using System.Text.Json;
using CallCoach.CoachingApi.Meetings.Downloads;
using Microsoft.Extensions.Options;

namespace CallCoach.CoachingApi.Meetings.Teams;

/// <summary>
/// The app's own Graph token from the tenant's OAuth 2.0 client-credentials endpoint
/// (<c>{LoginBaseUrl}/{TenantId}/oauth2/v2.0/token</c>, scope <c>{Graph}/.default</c>), kept until it nearly expires.
/// </summary>
public sealed class GraphAppToken(VendorHttp http, IOptions<TeamsOptions> options, TimeProvider time) : AppToken(time)
{
    protected override async Task<(string Token, TimeSpan Lifetime)> FetchAsync(CancellationToken ct)
    {
        var teams = options.Value;
        var graph = new Uri(teams.GraphBaseUrl);
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri($"{teams.LoginBaseUrl.TrimEnd('/')}/{Uri.EscapeDataString(teams.TenantId!)}/oauth2/v2.0/token"))
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["client_id"] = teams.ClientId!,
                ["client_secret"] = teams.ClientSecret!,
                ["scope"] = $"{graph.GetLeftPart(UriPartial.Authority)}/.default",
                ["grant_type"] = "client_credentials",
            }),
        };
        using var answer = await http.SendForJsonAsync("Microsoft identity platform token", request, ct);
        var root = answer.RootElement;
        if (!root.TryGetProperty("access_token", out var token) || token.GetString() is not { Length: > 0 } value)
        {
            throw new MeetingFetchException("Microsoft identity platform token: the answer has no access_token");
        }

        var seconds = root.TryGetProperty("expires_in", out var expires) && expires.ValueKind == JsonValueKind.Number ? expires.GetInt32() : 3600;
        return (value, TimeSpan.FromSeconds(seconds));
    }
}
