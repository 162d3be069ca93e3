namespace CallCoach.CoachingApi.Meetings.Downloads;

/// <summary>A file a fetcher wrote into the download's folder, and what the vendor said about its meeting.</summary>
public sealed record FetchedMeeting(string Path, MeetingFacts Facts);
