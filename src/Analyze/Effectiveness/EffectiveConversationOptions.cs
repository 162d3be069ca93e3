using System.ComponentModel.DataAnnotations;

namespace CallCoach.Analyze.Effectiveness;

public sealed class EffectiveConversationOptions
{
    public const string Section = "Analyze:EffectiveConversation";

    [Range(0.0, 86_400.0)]
    public double MinDurationSeconds { get; set; } = 90;

    [Range(0, 10_000)]
    public int MinKeywordHits { get; set; } = 1;
}
