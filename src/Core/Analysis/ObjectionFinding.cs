namespace CallCoach.Core.Analysis;

/// <summary>A customer objection, tied to the segment it was raised in.</summary>
public sealed record ObjectionFinding(string Type, int SegmentIndex, string Text, double Confidence)
{
    /// <summary>Answered by a fitting rep act within two rep turns and not raised again (docs/radar.md); null until scored.</summary>
    public bool? Handled { get; init; }
}
