using System.Net.Http.Headers;
using System.Text.Json;
using CallCoach.CoachingApi.Meetings.Downloads;
using CallCoach.Core.Storage;
using Microsoft.Extensions.Options;

namespace CallCoach.CoachingApi.Meetings.Zoom;

/// <summary>
/// Fetches one file of a Zoom cloud recording with the event's download token (a bearer token, valid 24 hours).
/// Preferred: audio CallCoach decodes (WAV, MP3), else the audio transcript (VTT), else closed captions (VTT). Zoom's
/// audio_only file is M4A and its video MP4, which CallCoach does not decode (decision 020).
/// </summary>
public sealed class ZoomFetcher(VendorHttp http, IOptions<ZoomOptions> options) : IMeetingFetcher
{
    public string Vendor => ZoomWebhook.Vendor;

    public bool Enabled => options.Value.Enabled;

    public async Task<FetchedMeeting> FetchAsync(MeetingDownloadRecord download, string folder, CancellationToken ct)
    {
        var notification = JsonSerializer.Deserialize<ZoomEvent>(download.Payload, ZoomJson.Options)!;
        var meeting = notification.Payload.Deserialize<ZoomRecordingPayload>(ZoomJson.Options)!.Object!;
        var files = meeting.RecordingFiles ?? [];
        var file = Choose(files) ?? throw new MeetingFetchException(
            $"Zoom meeting {meeting.Uuid} has no file CallCoach reads yet (it has {string.Join(", ", files.Select(f => f.FileType).Distinct())}): " +
            "M4A and MP4 are not decoded here, so the audio transcript is needed; it comes with recording.transcript_completed " +
            "when cloud audio transcripts are on");

        if (!Uri.TryCreate(file.DownloadUrl, UriKind.Absolute, out var url) || !options.Value.MayDownloadFrom(url))
        {
            throw new MeetingFetchException($"Zoom file {file.Id}: the download URL's host is not in Meetings:Zoom:DownloadHosts; not called");
        }

        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        if (notification.DownloadToken is { Length: > 0 } token)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        var path = Path.Combine(folder, $"zoom-{download.Id:N}.{file.FileExtension!.ToLowerInvariant()}");
        await http.DownloadAsync($"Zoom file {file.Id} ({file.FileType})", request, path, ct);
        return new FetchedMeeting(path, new MeetingFacts(
            Vendor,
            download.ExternalId,
            MeetingPerson.Of(meeting.HostEmail, meeting.HostId),
            [],
            meeting.StartTime,
            meeting.Timezone));
    }

    private static ZoomRecordingFile? Choose(IReadOnlyList<ZoomRecordingFile> files)
    {
        var ready = files.Where(f => f.Status is null or "completed" && f.DownloadUrl is not null).ToList();
        return ready.FirstOrDefault(f => Extension(f) is "mp3" or "wav")
            ?? ready.FirstOrDefault(f => f.FileType == "TRANSCRIPT" && Extension(f) == "vtt")
            ?? ready.FirstOrDefault(f => f.FileType == "CC" && Extension(f) == "vtt");
    }

    private static string? Extension(ZoomRecordingFile file) => file.FileExtension?.ToLowerInvariant();
}
