using CallCoach.Transcribe.Engines;

namespace CallCoach.Transcribe.Azure;

/// <summary>
/// The short-audio API's detailed result. Times are in 100-ns ticks from the start of the audio sent, which is
/// the utterance. Words are present when wordLevelTimestamps is honoured.
/// </summary>
internal sealed record ShortAudioResult(string RecognitionStatus, long Offset, long Duration, IReadOnlyList<ShortAudioResult.Alternative>? NBest)
{
    internal sealed record Alternative(double Confidence, string? Lexical, string? Display, IReadOnlyList<TimedWord>? Words);

    internal sealed record TimedWord(string Word, long Offset, long Duration);

    /// <summary>The best alternative's lexical words: lower-case and spelled out, as PocketSphinx gives them.</summary>
    /// <exception cref="AzureSpeechException">The service reported an error inside a 200 answer.</exception>
    public IReadOnlyList<RecognizedWord> ToWords() => RecognitionStatus switch
    {
        "Success" => NBest is [var best, ..] ? WordsOf(best) : [],
        // Speech in another language, only silence, or only noise: nothing was said that can be written down.
        "NoMatch" or "InitialSilenceTimeout" or "BabbleTimeout" => [],
        "Error" => throw new AzureSpeechException("Azure Speech reported an internal error while recognising this utterance"),
        _ => throw new AzureSpeechException($"Azure Speech answered with RecognitionStatus '{RecognitionStatus}', which CallCoach does not know"),
    };

    private IReadOnlyList<RecognizedWord> WordsOf(Alternative best) => best.Words is { Count: > 0 } words
        ? [.. words.SelectMany(w => TimedWords.Spread(w.Word, Seconds(w.Offset), Seconds(w.Offset + w.Duration)))]
        // Without word times, the phrase's span is shared out over its words.
        : TimedWords.Spread(best.Lexical ?? string.Empty, Seconds(Offset), Seconds(Offset + Duration));

    private static double Seconds(long ticks) => (double)ticks / TimeSpan.TicksPerSecond;
}
