using System.Text.RegularExpressions;

namespace CallCoach.CoachingApi.Meetings.Teams;

/// <summary>
/// Reads a notification's <c>resource</c>, such as
/// <c>communications/onlineMeetings('MSo5…')/recordings('VjIj…')</c> (or under <c>users('{id}')</c>), into a
/// <see cref="TeamsItem"/>. Nothing else is accepted, so a notification can never make CallCoach call another Graph path.
/// </summary>
public static partial class TeamsResource
{
    [GeneratedRegex(@"^(?:(?<root>communications)|users\('(?<user>[^']+)'\))/onlineMeetings\('(?<meeting>[^']+)'\)/(?<kind>recordings|transcripts)\('(?<item>[^']+)'\)$")]
    private static partial Regex Pattern();

    public static TeamsItem? Parse(string? resource)
    {
        if (resource is null || Pattern().Match(resource) is not { Success: true } match)
        {
            return null;
        }

        var meeting = match.Groups["meeting"].Value;
        var root = match.Groups["root"].Success ? "communications" : $"users/{Uri.EscapeDataString(match.Groups["user"].Value)}";
        return new TeamsItem($"{root}/onlineMeetings/{Uri.EscapeDataString(meeting)}", meeting, match.Groups["kind"].Value, match.Groups["item"].Value);
    }
}
