using System.Text.Json;
using CallCoach.CoachingApi.Meetings.Downloads;

namespace CallCoach.CoachingApi.Meetings.Feishu;

/// <summary>Feishu's open API: addresses under the configured base, and its answers' <c>code</c> (0 is success).</summary>
public static class FeishuApi
{
    public static Uri Url(FeishuOptions options, string path) => new($"{options.BaseUrl.TrimEnd('/')}/{path}");

    /// <summary>The answer itself when its code is 0; else the code and message as a failed attempt.</summary>
    public static JsonElement Succeeded(string what, JsonElement answer) =>
        VendorJson.Find(answer, "code") is { ValueKind: JsonValueKind.Number } code && code.GetInt64() == 0
            ? answer
            : throw new MeetingFetchException($"{what}: code {VendorJson.Find(answer, "code")?.ToString() ?? "none"}, {VendorJson.Text(answer, "msg")}");
}
