namespace CallCoach.CoachingApi.Meetings.Downloads;

/// <summary>Someone in a meeting as the vendor describes them: an e-mail address, the vendor's user ids, a display name.</summary>
public sealed record MeetingPerson(string? Email, IReadOnlyList<string> UserIds, string? Name)
{
    public static MeetingPerson? Of(string? email, string? userId, string? name = null) =>
        email is null && userId is null ? null : new(email, userId is null ? [] : [userId], name);
}
