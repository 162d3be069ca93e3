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
            $"duration {Seconds(durationSeconds, o.MinDurationSeconds)} s {(longEnough ? ">=" : "<")} {o.MinDurationSeconds.ToString("0.##", CultureInfo.InvariantCulture)} s",
            string.Create(CultureInfo.InvariantCulture,
                $"{keywordHits} business keyword hit{(keywordHits == 1 ? "" : "s")} {(onTopic ? ">=" : "<")} {o.MinKeywordHits}"),
        ];
        return (longEnough && onTopic, reasons);
    }

    /// <summary>Two decimals, unless rounding would carry a value across the threshold and make the reason contradict itself.</summary>
    private static string Seconds(double value, double threshold)
    {
        var text = value.ToString("0.0#", CultureInfo.InvariantCulture);
        return double.Parse(text, CultureInfo.InvariantCulture) >= threshold == value >= threshold
            ? text
            : value.ToString("R", CultureInfo.InvariantCulture);
    }
}
