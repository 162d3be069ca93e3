using CallCoach.Core.Calls;
using CallCoach.Core.Reps;

namespace CallCoach.CoachingApi.Meetings.Downloads;

/// <summary>
/// Who the call belongs to: the organiser when the directory knows them as a rep, else the first participant who is
/// one. A meeting with no known rep is still kept, with no rep, so a manager can see it and the directory be fixed.
/// </summary>
public sealed class MeetingReps(RepDirectory directory)
{
    public CallMetadata Map(MeetingFacts facts)
    {
        var people = new[] { facts.Organizer }.Concat(facts.Participants).OfType<MeetingPerson>();
        var (person, rep) = people.Select(p => (p, Find(facts.Source, p))).FirstOrDefault(found => found.Item2 is not null);
        return new CallMetadata
        {
            RepId = rep?.RepId,
            // The directory's name first; else the vendor's display name, which is also how the transcript names the rep.
            RepName = Printable(rep?.Name ?? person?.Name),
            TeamId = rep?.TeamId,
            StartedAt = facts.StartedAt is { } started ? TimeZoneInfo.ConvertTime(started, ZoneOf(rep, facts.TimeZone)) : null,
            Source = facts.Source,
            ExternalId = facts.ExternalId,
        };
    }

    private RepDirectoryEntry? Find(string vendor, MeetingPerson person) =>
        directory.FindByEmail(person.Email) ?? person.UserIds.Select(id => directory.FindByUserId(vendor, id)).FirstOrDefault(r => r is not null);

    /// <summary>The rep's own zone; for a meeting without a rep the vendor's zone, else the directory's default.</summary>
    private TimeZoneInfo ZoneOf(RepDirectoryEntry? rep, string? vendorZone) =>
        rep is null && vendorZone is not null && TimeZoneInfo.TryFindSystemTimeZoneById(vendorZone, out var zone)
            ? zone
            : directory.TimeZoneOf(rep?.RepId);

    /// <summary>Display names come from other systems; the sidecar refuses control characters, so they go here.</summary>
    private static string? Printable(string? name) =>
        name is null ? null : new string([.. name.Where(c => !char.IsControl(c))]).Trim() is { Length: > 0 } clean ? clean : null;
}
