using System.Text.Json;
using CallCoach.CoachingApi.Meetings.Downloads;
using CallCoach.Core.Storage;
using Microsoft.Extensions.Options;

namespace CallCoach.CoachingApi.Meetings.Teams;

/// <summary>
/// Fetches a Teams meeting's transcript as WebVTT with the app's Graph token. A transcript notification names it; for
/// a recording notification (MP4, which CallCoach does not decode) the meeting's transcript that belongs to the
/// recording is taken, and the download waits (retries) until Teams has made one. Organiser and attendees come from
/// the online meeting, read with the organiser's id.
/// </summary>
public sealed class TeamsFetcher(VendorHttp http, GraphAppToken tokens, IOptions<TeamsOptions> options, ILogger<TeamsFetcher> logger) : IMeetingFetcher
{
    public string Vendor => TeamsWebhook.Vendor;

    public bool Enabled => options.Value.Enabled;

    public Task<FetchedMeeting> FetchAsync(MeetingDownloadRecord download, string folder, CancellationToken ct) =>
        tokens.UseAsync(token => FetchWithTokenAsync(download, folder, token, ct), ct);

    private async Task<FetchedMeeting> FetchWithTokenAsync(MeetingDownloadRecord download, string folder, string token, CancellationToken ct)
    {
        var item = JsonSerializer.Deserialize<TeamsItem>(download.Payload, GraphJson.Options)!;
        var itemPath = $"{item.MeetingPath}/{item.Kind}/{Uri.EscapeDataString(item.ItemId)}";
        using var metadata = await http.GetJsonAsync($"Graph {item.Kind} {item.ItemId}", Graph(itemPath), token, ct);
        var organizerId = VendorJson.Text(metadata.RootElement, "meetingOrganizer", "user", "id");
        var created = VendorJson.Time(metadata.RootElement, "createdDateTime");
        var transcriptPath = item.Kind == TeamsItem.Transcripts
            ? itemPath
            : await TranscriptOfRecordingAsync(item, VendorJson.Text(metadata.RootElement, "contentCorrelationId"), token, ct);

        var path = Path.Combine(folder, $"teams-{download.Id:N}.vtt");
        using (var request = new HttpRequestMessage(HttpMethod.Get, Graph($"{transcriptPath}/content?$format=text/vtt")))
        {
            request.Headers.Authorization = new("Bearer", token);
            request.Headers.Accept.Add(new("text/vtt"));
            await http.DownloadAsync($"Graph transcript of meeting {item.MeetingId}", request, path, ct);
        }

        var (organizer, attendees, started) = await MeetingAsync(item, organizerId, token, ct);
        return new FetchedMeeting(path, new MeetingFacts(Vendor, item.MeetingId, organizer, attendees, started ?? created));
    }

    private async Task<string> TranscriptOfRecordingAsync(TeamsItem item, string? correlation, string token, CancellationToken ct)
    {
        using var list = await http.GetJsonAsync($"Graph transcripts of meeting {item.MeetingId}", Graph($"{item.MeetingPath}/transcripts"), token, ct);
        var transcripts = VendorJson.Array(list.RootElement, "value");
        var chosen = transcripts.FirstOrDefault(t => correlation is not null && VendorJson.Text(t, "contentCorrelationId") == correlation);
        var id = VendorJson.Text(chosen.ValueKind == JsonValueKind.Object ? chosen : transcripts.Count > 0 ? transcripts[0] : default, "id")
            ?? throw new MeetingFetchException(
                $"Teams meeting {item.MeetingId}: the recording is MP4, which CallCoach does not decode, and the meeting has no transcript yet; " +
                "retried until Teams makes one (turn on transcription for recorded meetings)");
        return $"{item.MeetingPath}/transcripts/{Uri.EscapeDataString(id)}";
    }

    /// <summary>Who was in the meeting and when it started; without access to the meeting, the organiser's id alone.</summary>
    private async Task<(MeetingPerson?, IReadOnlyList<MeetingPerson>, DateTimeOffset?)> MeetingAsync(
        TeamsItem item, string? organizerId, string token, CancellationToken ct)
    {
        var byId = MeetingPerson.Of(null, organizerId);
        if (organizerId is null)
        {
            return (null, [], null);
        }

        try
        {
            using var meeting = await http.GetJsonAsync(
                $"Graph online meeting {item.MeetingId}",
                Graph($"users/{Uri.EscapeDataString(organizerId)}/onlineMeetings/{Uri.EscapeDataString(item.MeetingId)}"),
                token,
                ct);
            var root = meeting.RootElement;
            var organizer = VendorJson.Find(root, "participants", "organizer") is { } o ? Person(o) : null;
            var attendees = VendorJson.Array(root, "participants", "attendees").Select(Person).OfType<MeetingPerson>().ToList();
            return (organizer ?? byId, attendees, VendorJson.Time(root, "startDateTime"));
        }
        catch (MeetingFetchException e) when (e.Status is System.Net.HttpStatusCode.NotFound or System.Net.HttpStatusCode.Forbidden)
        {
            // No application access policy for this organiser: the call is still kept, mapped by the organiser's id.
            logger.LogWarning("Teams meeting {Meeting}: attendees not readable ({Reason}); mapping by the organiser alone", item.MeetingId, e.Message);
            return (byId, [], null);
        }
    }

    private static MeetingPerson? Person(JsonElement participant) =>
        participant.ValueKind != JsonValueKind.Object ? null : MeetingPerson.Of(
            VendorJson.Text(participant, "upn"),
            VendorJson.Text(participant, "identity", "user", "id"),
            VendorJson.Text(participant, "identity", "user", "displayName"));

    private Uri Graph(string path) => new($"{options.Value.GraphBaseUrl.TrimEnd('/')}/{path}");
}
