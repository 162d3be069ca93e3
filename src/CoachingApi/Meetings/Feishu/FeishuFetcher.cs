using System.Text.Json;
using System.Text.RegularExpressions;
using CallCoach.CoachingApi.Meetings.Downloads;
using CallCoach.Core.Storage;
using Microsoft.Extensions.Options;

namespace CallCoach.CoachingApi.Meetings.Feishu;

/// <summary>
/// Fetches a Feishu meeting's minutes transcript as SRT with speakers (<c>/open-apis/minutes/v1/minutes/{token}/transcript</c>)
/// with the tenant token; the minute token is the last segment of the event's minutes URL. The recording itself
/// (MP4/M4A) is not decoded here. Participants and the start come from the meeting
/// (<c>/open-apis/vc/v1/meetings/{id}?with_participants=true</c>), when the app may read it.
/// </summary>
public sealed partial class FeishuFetcher(VendorHttp http, FeishuTenantToken tokens, IOptions<FeishuOptions> options, ILogger<FeishuFetcher> logger)
    : IMeetingFetcher
{
    private static readonly string[] IdKinds = ["open_id", "user_id", "union_id"];

    [GeneratedRegex("^[A-Za-z0-9_-]{1,64}$")]
    private static partial Regex MinuteToken();

    public string Vendor => FeishuWebhook.Vendor;

    public bool Enabled => options.Value.Enabled;

    public Task<FetchedMeeting> FetchAsync(MeetingDownloadRecord download, string folder, CancellationToken ct) =>
        tokens.UseAsync(token => FetchWithTokenAsync(download, folder, token, ct), ct);

    private async Task<FetchedMeeting> FetchWithTokenAsync(MeetingDownloadRecord download, string folder, string token, CancellationToken ct)
    {
        using var payload = JsonDocument.Parse(download.Payload);
        var recording = payload.RootElement;
        var minutesUrl = VendorJson.Text(recording, "url") ?? "";
        var minute = Uri.TryCreate(minutesUrl, UriKind.Absolute, out var url) ? url.Segments[^1].TrimEnd('/') : "";
        if (!MinuteToken().IsMatch(minute))
        {
            throw new MeetingFetchException($"Feishu meeting {download.ExternalId}: no minute token in the minutes URL '{minutesUrl}'");
        }

        var path = Path.Combine(folder, $"feishu-{download.Id:N}.srt");
        using (var request = new HttpRequestMessage(HttpMethod.Get, FeishuApi.Url(options.Value, $"open-apis/minutes/v1/minutes/{minute}/transcript?need_speaker=true&need_timestamp=true&file_format=srt")))
        {
            request.Headers.Authorization = new("Bearer", token);
            var type = await http.DownloadAsync($"Feishu minutes {minute} transcript", request, path, ct);
            if (type is "application/json")
            {
                // An error in a 200 (a minute still being transcribed answers code 2091003): not a transcript yet.
                using var error = JsonDocument.Parse(await File.ReadAllBytesAsync(path, ct));
                FeishuApi.Succeeded($"Feishu minutes {minute} transcript", error.RootElement);
                throw new MeetingFetchException($"Feishu minutes {minute} transcript: JSON instead of SRT");
            }
        }

        var owner = VendorJson.Find(recording, "meeting", "owner", "id") is { } id ? Person(id) : null;
        var (participants, started) = await MeetingAsync(download.ExternalId, token, ct);
        return new FetchedMeeting(path, new MeetingFacts(
            Vendor, download.ExternalId, owner, participants, started ?? VendorJson.UnixSeconds(recording, "meeting", "start_time")));
    }

    private async Task<(IReadOnlyList<MeetingPerson>, DateTimeOffset?)> MeetingAsync(string meetingId, string token, CancellationToken ct)
    {
        try
        {
            using var answer = await http.GetJsonAsync(
                $"Feishu meeting {meetingId}",
                FeishuApi.Url(options.Value, $"open-apis/vc/v1/meetings/{Uri.EscapeDataString(meetingId)}?with_participants=true&user_id_type=open_id"),
                token,
                ct);
            var meeting = VendorJson.Find(FeishuApi.Succeeded($"Feishu meeting {meetingId}", answer.RootElement), "data", "meeting") ?? default;
            var participants = VendorJson.Array(meeting, "participants")
                .Select(p => MeetingPerson.Of(null, VendorJson.Text(p, "id"))).OfType<MeetingPerson>().ToList();
            return (participants, VendorJson.UnixSeconds(meeting, "start_time"));
        }
        catch (MeetingFetchException e) when (e.Status is null or System.Net.HttpStatusCode.BadRequest or System.Net.HttpStatusCode.Forbidden or System.Net.HttpStatusCode.NotFound)
        {
            // Without vc:meeting:readonly the call is still kept, mapped by the meeting's owner.
            logger.LogWarning("Feishu meeting {Meeting}: participants not readable ({Reason}); mapping by the owner alone", meetingId, e.Message);
            return ([], null);
        }
    }

    /// <summary>Feishu names a user three ways; the directory may list any of them as "feishu:&lt;id&gt;".</summary>
    private static MeetingPerson Person(JsonElement id) =>
        new(null, IdKinds.Select(k => VendorJson.Text(id, k)).OfType<string>().ToList(), null);
}
