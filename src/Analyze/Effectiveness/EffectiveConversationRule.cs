using System.Globalization;
using Microsoft.Extensions.Options;

namespace CallCoach.Analyze.Effectiveness;

/// <summary>An "effective conversation" lasts at least the minimum duration AND mentions enough business keywords.</summary>
public sealed class EffectiveConversationRule(IOptions<EffectiveConversationOptions> options)
{
    public (bool Effective, IReadOnlyList<string> Reasons) Evaluate(double durationSeconds, int keywordHits)
    {
        var o = options.Value;
        var longEnough = durationSeconds >= o.MinDurationSeconds;
        var onTopic = keywordHits >= o.MinKeywordHits;
        string[] reasons =
        [
            string.Create(CultureInfo.InvariantCulture,
                $"duration {durationSeconds:0.0#} s {(longEnough ? ">=" : "<")} {o.MinDurationSeconds:0.##} s"),
            string.Create(CultureInfo.InvariantCulture,
                $"{keywordHits} business keyword hit{(keywordHits == 1 ? "" : "s")} {(onTopic ? ">=" : "<")} {o.MinKeywordHits}"),
        ];
        return (longEnough && onTopic, reasons);
    }
}
