using Microsoft.Extensions.Configuration;

namespace CallCoach.Core.Work;

/// <summary>
/// What one process does: <c>callcoach serve --roles ingest,transcribe,analyze,api</c> (the default is all four).
/// Read while the host is built, since it decides which workers are registered at all.
/// </summary>
public sealed record ServeRoles(bool Ingest, bool Transcribe, bool Analyze, bool Api)
{
    public const string Key = "Roles";
    public static readonly ServeRoles All = new(true, true, true, true);

    public bool IsAll => this == All;

    /// <summary>The roles in configuration (the <c>--roles</c> switch or <c>Roles</c>); a role that does not exist stops the start.</summary>
    public static ServeRoles From(IConfiguration configuration) => Parse(configuration[Key]);

    public static ServeRoles Parse(string? roles)
    {
        if (string.IsNullOrWhiteSpace(roles))
        {
            return All;
        }

        var names = roles.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Select(r => r.ToLowerInvariant()).ToHashSet();
        string[] known = ["ingest", "transcribe", "analyze", "api"];
        if (names.Except(known).ToList() is [_, ..] unknown)
        {
            throw new InvalidOperationException($"Unknown role(s) '{string.Join(", ", unknown)}' in --roles; use any of {string.Join(", ", known)}.");
        }

        return new ServeRoles(names.Contains("ingest"), names.Contains("transcribe"), names.Contains("analyze"), names.Contains("api"));
    }

    public override string ToString() =>
        string.Join(',', new[] { (Ingest, "ingest"), (Transcribe, "transcribe"), (Analyze, "analyze"), (Api, "api") }.Where(r => r.Item1).Select(r => r.Item2));
}
