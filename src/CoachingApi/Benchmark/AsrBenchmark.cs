using System.Diagnostics;
using CallCoach.Analyze.Keywords;
using CallCoach.Core.Calls;
using CallCoach.Core.Transcripts;
using CallCoach.Ingest.Decoding;
using CallCoach.Transcribe;
using CallCoach.Transcribe.Evaluation;

namespace CallCoach.CoachingApi.Benchmark;

/// <summary>
/// Runs benchmark files through the same decoding and recognition code as the service, with one recognizer
/// (its load is not counted), and scores words and business keywords against the references, and the
/// transcript's speaker turns against the reference turns where there are any.
/// </summary>
public sealed class AsrBenchmark(RecordingReader reader, ChannelTranscriber transcriber, ISpeechRecognizerFactory engines, KeywordLexicon lexicon)
{
    public async Task<IReadOnlyList<BenchmarkResult>> RunAsync(IReadOnlyList<BenchmarkItem> items, CancellationToken ct)
    {
        using var recognizer = engines.Create();
        var results = new List<BenchmarkResult>();
        foreach (var item in items)
        {
            var content = reader.Read(item.AudioPath, CallMetadata.None, ct);
            if (content.Audio is null)
            {
                continue;
            }

            var started = Stopwatch.GetTimestamp();
            var segments = await transcriber.TranscribeAsync(content.Audio, content.ChannelSpeakers, repId: null, recognizer, ct);
            var decodeSeconds = Stopwatch.GetElapsedTime(started).TotalSeconds;

            var (referenceWords, errors) = item.IsSpeakerAttributed
                ? Sum(Score(item.RepReference!, segments, Speaker.Rep), Score(item.CustomerReference!, segments, Speaker.Customer))
                : Score(item.Reference!, segments, speaker: null);
            var firstTurns = item.IsSpeakerAttributed
                ? Sum(FirstTurn(item.RepReference!, segments, Speaker.Rep), FirstTurn(item.CustomerReference!, segments, Speaker.Customer))
                : (Words: 0, Errors: 0);
            var referenceText = item.Reference ?? $"{item.RepReference}\n{item.CustomerReference}";
            var (inReference, found, correct) = ScoreKeywords(referenceText, segments);
            var diarization = item.SpeakerTurns is { } turns
                ? DiarizationErrorRate.ScoreByRoleOrBestMapping(
                    turns,
                    [.. segments.Select(s => new SpeakerTurn(s.Speaker.ToString(), s.Start, s.End))],
                    DiarizationErrorRate.StandardCollarSeconds)
                : null;

            using var process = Process.GetCurrentProcess();
            results.Add(new BenchmarkResult(
                Path.GetFileName(item.AudioPath),
                content.DurationSeconds,
                decodeSeconds,
                referenceWords,
                errors,
                item.IsSpeakerAttributed,
                inReference,
                found,
                correct,
                process.PeakWorkingSet64 / (1024.0 * 1024.0),
                diarization,
                firstTurns.Words,
                firstTurns.Errors));
        }

        return results;
    }

    private static (int Words, int Errors) Score(string reference, IReadOnlyList<TranscriptSegment> segments, Speaker? speaker)
    {
        var expected = WordErrorRate.Words(reference);
        var heard = segments.Where(s => speaker is null || s.Speaker == speaker).SelectMany(s => WordErrorRate.Words(s.Text)).ToArray();
        return (expected.Length, WordErrorRate.Errors(expected, heard));
    }

    /// <summary>The speaker's first reference line (one turn a line) against the speaker's first segment.</summary>
    private static (int Words, int Errors) FirstTurn(string reference, IReadOnlyList<TranscriptSegment> segments, Speaker speaker)
    {
        var expected = WordErrorRate.Words(reference.Split('\n').FirstOrDefault(l => l.Trim().Length > 0) ?? string.Empty);
        var first = segments.FirstOrDefault(s => s.Speaker == speaker);
        return (expected.Length, WordErrorRate.Errors(expected, first is null ? [] : WordErrorRate.Words(first.Text)));
    }

    private static (int Words, int Errors) Sum((int Words, int Errors) a, (int Words, int Errors) b) => (a.Words + b.Words, a.Errors + b.Errors);

    /// <summary>Keyword hits per term: a found hit is correct up to the number of times the reference says that term.</summary>
    private (int InReference, int Found, int Correct) ScoreKeywords(string reference, IReadOnlyList<TranscriptSegment> segments)
    {
        var expected = KeywordMatcher.FindHits(lexicon, [new TranscriptSegment(Speaker.Unknown, 0, 0, reference, [])])
            .CountBy(h => h.Term).ToDictionary();
        var found = KeywordMatcher.FindHits(lexicon, segments).CountBy(h => h.Term).ToDictionary();
        var correct = found.Sum(f => Math.Min(f.Value, expected.GetValueOrDefault(f.Key)));
        return (expected.Values.Sum(), found.Values.Sum(), correct);
    }
}
