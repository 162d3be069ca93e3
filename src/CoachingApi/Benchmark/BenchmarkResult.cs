using CallCoach.Transcribe.Evaluation;

namespace CallCoach.CoachingApi.Benchmark;

/// <summary>Counts for one file, or summed over a set. Rates are derived from the counts, so totals stay exact.</summary>
public sealed record BenchmarkResult(
    string Name,
    double AudioSeconds,
    double DecodeSeconds,
    int ReferenceWords,
    int WordErrors,
    bool SpeakerAttributed,
    int ReferenceKeywords,
    int FoundKeywords,
    int CorrectKeywords,
    double PeakMemoryMegabytes,
    DiarizationScore? Diarization = null,
    int FirstTurnWords = 0,
    int FirstTurnErrors = 0)
{
    /// <summary>
    /// Word error rate of each speaker's first turn alone: the seconds a decoder hears before it has adapted to the
    /// call, which must be no worse than the rest. Null without per-turn references.
    /// </summary>
    public double? FirstTurnWordErrorRate => FirstTurnWords == 0 ? null : (double)FirstTurnErrors / FirstTurnWords;

    public double WordErrorRate => ReferenceWords == 0 ? 0 : (double)WordErrors / ReferenceWords;

    /// <summary>Null when nothing was found: no claim was made, so there is nothing to be precise about.</summary>
    public double? KeywordPrecision => FoundKeywords == 0 ? null : (double)CorrectKeywords / FoundKeywords;

    public double? KeywordRecall => ReferenceKeywords == 0 ? null : (double)CorrectKeywords / ReferenceKeywords;

    public double RealTimeFactor => AudioSeconds == 0 ? 0 : DecodeSeconds / AudioSeconds;

    public static BenchmarkResult Total(string name, IReadOnlyList<BenchmarkResult> files) => new(
        name,
        files.Sum(f => f.AudioSeconds),
        files.Sum(f => f.DecodeSeconds),
        files.Sum(f => f.ReferenceWords),
        files.Sum(f => f.WordErrors),
        files.Count > 0 && files.All(f => f.SpeakerAttributed),
        files.Sum(f => f.ReferenceKeywords),
        files.Sum(f => f.FoundKeywords),
        files.Sum(f => f.CorrectKeywords),
        files.Count == 0 ? 0 : files.Max(f => f.PeakMemoryMegabytes),
        files.Any(f => f.Diarization is not null) ? DiarizationScore.Sum(files.Select(f => f.Diarization).OfType<DiarizationScore>()) : null,
        files.Sum(f => f.FirstTurnWords),
        files.Sum(f => f.FirstTurnErrors));
}
