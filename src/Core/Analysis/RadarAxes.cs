namespace CallCoach.Core.Analysis;

/// <summary>The four capability axes. These names appear in JSON, the API and the playbook, so they never change.</summary>
public static class RadarAxes
{
    public const string NeedsDiscovery = "needsDiscovery";
    public const string SolutionPresentation = "solutionPresentation";
    public const string ObjectionHandling = "objectionHandling";
    public const string Closing = "closing";

    public static IReadOnlyList<string> All { get; } = [NeedsDiscovery, SolutionPresentation, ObjectionHandling, Closing];
}
