namespace CallCoach.Core.Transcripts;

/// <summary>
/// A keyphrase the recognizer's keyword-spotting search heard, independent of the transcript's words; seconds from
/// the start of the call. Analyze counts it where the transcript text missed the term.
/// </summary>
/// <param name="Score">The search's detection score (log domain, higher is surer), kept so thresholds can be re-tuned.</param>
public sealed record SpottedKeyword(string Phrase, double Start, double End, int Score);
