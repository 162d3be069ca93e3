namespace CallCoach.Transcribe.Evaluation;

/// <summary>The seconds behind a diarization error rate. Rates come from the sums, so totals over files stay exact.</summary>
/// <param name="ScoredSeconds">Reference speech outside the collars (a second of two people talking counts twice).</param>
public sealed record DiarizationScore(double ScoredSeconds, double MissedSeconds, double FalseAlarmSeconds, double ConfusionSeconds)
{
    public static readonly DiarizationScore Zero = new(0, 0, 0, 0);

    public double ErrorSeconds => MissedSeconds + FalseAlarmSeconds + ConfusionSeconds;

    public double Rate => ScoredSeconds == 0 ? 0 : ErrorSeconds / ScoredSeconds;

    public static DiarizationScore Sum(IEnumerable<DiarizationScore> scores) => scores.Aggregate(Zero, (a, b) => new(
        a.ScoredSeconds + b.ScoredSeconds,
        a.MissedSeconds + b.MissedSeconds,
        a.FalseAlarmSeconds + b.FalseAlarmSeconds,
        a.ConfusionSeconds + b.ConfusionSeconds));
}
