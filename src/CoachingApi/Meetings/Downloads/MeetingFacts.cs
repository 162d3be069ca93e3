namespace CallCoach.CoachingApi.Meetings.Downloads;

/// <summary>
/// What a vendor told about a meeting, before anyone is mapped to a rep: who organised it, who took part (in the
/// vendor's order), when it started, and the vendor's time zone for it when it has one (an IANA id).
/// </summary>
public sealed record MeetingFacts(
    string Source,
    string ExternalId,
    MeetingPerson? Organizer,
    IReadOnlyList<MeetingPerson> Participants,
    DateTimeOffset? StartedAt,
    string? TimeZone = null);
