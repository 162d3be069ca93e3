namespace CallCoach.Analyze.Packs;

/// <summary>What a pack will hold, before it is stored and its clip cut.</summary>
public sealed record PackPlan(string RepId, string? RepName, string? TeamId, PackReason Why, ClipPlan? Clip, PlaybookTemplate Template, RolePlay RolePlay);

/// <summary>
/// The benchmark call and the stretch of it to cut; ArchivePath is where its recording or transcript lies. Bleeps
/// are where personal data was said inside the stretch (seconds from the call's start, padded), to be toned over.
/// </summary>
public sealed record ClipPlan(
    Guid CallId, string RepId, double CallScore, double Start, double End, string ArchivePath, IReadOnlyList<ClipLine> Transcript,
    IReadOnlyList<(double Start, double End)> Bleeps);
