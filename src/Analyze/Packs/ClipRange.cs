namespace CallCoach.Analyze.Packs;

/// <summary>
/// The stretch a clip covers: the evidence with a second of air either side, widened to the minimum length (after it
/// first, then before it) and cut to the maximum, inside the call.
/// </summary>
public static class ClipRange
{
    public static (double Start, double End) Around(double evidenceStart, double evidenceEnd, double callSeconds, PackOptions options)
    {
        var start = Math.Max(0, evidenceStart - 1);
        var end = Math.Min(callSeconds, evidenceEnd + 1);
        if (end - start < options.MinimumClipSeconds)
        {
            end = Math.Min(callSeconds, start + options.MinimumClipSeconds);
            start = Math.Max(0, end - options.MinimumClipSeconds);
        }

        end = Math.Min(end, start + options.MaximumClipSeconds);
        return (Math.Round(start, 2), Math.Round(end, 2));
    }
}
