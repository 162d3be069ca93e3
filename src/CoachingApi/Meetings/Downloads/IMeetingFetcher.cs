using CallCoach.Core.Storage;

namespace CallCoach.CoachingApi.Meetings.Downloads;

/// <summary>
/// One vendor's way from a stored event to a file the intake reads: tokens, metadata calls and the content itself.
/// Anything it throws is one failed attempt, retried with back-off.
/// </summary>
public interface IMeetingFetcher
{
    /// <summary>The vendor name the webhook stores downloads under: zoom, teams or feishu.</summary>
    string Vendor { get; }

    /// <summary>Whether the vendor is configured; downloads of a vendor turned off wait until it is on again.</summary>
    bool Enabled { get; }

    Task<FetchedMeeting> FetchAsync(MeetingDownloadRecord download, string folder, CancellationToken ct);
}
