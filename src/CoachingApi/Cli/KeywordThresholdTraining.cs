using System.Globalization;
using CallCoach.Analyze.Keywords;
using CallCoach.CoachingApi.Benchmark;
using CallCoach.Core.Calls;
using CallCoach.Core.Paths;
using CallCoach.Core.Transcripts;
using CallCoach.Ingest.Decoding;
using CallCoach.Transcribe;
using CallCoach.Transcribe.PocketSphinx;
using Microsoft.Extensions.Options;

namespace CallCoach.CoachingApi.Cli;

/// <summary>
/// `callcoach train kws &lt;tuning dir&gt;`: decodes a benchmark tuning split once with every English lexicon term in
/// the keyword search at the most permissive threshold, then picks each term's threshold and writes them to the
/// configured keywords file. Only ever point it at a tuning split: thresholds chosen on the test split would make
/// the reported figures meaningless.
/// </summary>
public static class KeywordThresholdTraining
{
    public static async Task<int> RunAsync(IServiceProvider services, string folder, TextWriter stdout, TextWriter stderr, CancellationToken ct)
    {
        if (!Directory.Exists(folder))
        {
            throw new DirectoryNotFoundException($"{folder}: no such folder");
        }

        var (items, _) = BenchmarkSet.Discover(folder);
        if (items.Count == 0)
        {
            await stderr.WriteLineAsync($"callcoach: {folder}: no audio file with a reference transcript");
            return 1;
        }

        var lexicon = services.GetRequiredService<KeywordLexicon>();
        var phrases = lexicon.Terms.Select(t => t.Term.ToLowerInvariant()).Where(t => t.All(c => c is (>= 'a' and <= 'z') or ' ')).Distinct().ToList();
        var factory = new PocketSphinxRecognizerFactory(
            services.GetRequiredService<IOptions<PocketSphinxOptions>>(), services.GetRequiredService<IOptions<DataOptions>>());
        var reader = services.GetRequiredService<RecordingReader>();
        var transcriber = services.GetRequiredService<ChannelTranscriber>();

        var calls = new List<KeywordThresholdTuner.TuningCall>();
        using (var recognizer = factory.Create([.. phrases.Select(p => new KeywordThreshold(p, int.MinValue))]))
        {
            foreach (var item in items)
            {
                var content = reader.Read(item.AudioPath, CallMetadata.None, ct);
                var segments = await transcriber.TranscribeAsync(content.Audio!, content.ChannelSpeakers, repId: null, recognizer, ct);
                var reference = item.Reference ?? $"{item.RepReference}\n{item.CustomerReference}";
                var expected = KeywordMatcher.FindHits(lexicon, [new TranscriptSegment(Speaker.Unknown, 0, 0, reference, [])])
                    .CountBy(h => h.Term).ToDictionary(StringComparer.OrdinalIgnoreCase);
                calls.Add(new KeywordThresholdTuner.TuningCall(segments, expected));
            }
        }

        var tuner = new KeywordThresholdTuner(lexicon);
        var textOnly = tuner.Score(calls, phrases.ToDictionary(p => p, _ => KeywordThresholdTuner.Off));
        var thresholds = tuner.Tune(calls, phrases);
        var tuned = tuner.Score(calls, thresholds);

        var data = services.GetRequiredService<IOptions<DataOptions>>().Value;
        var output = data.ModelFile(services.GetRequiredService<IOptions<PocketSphinxOptions>>().Value.Keywords)
            ?? Path.Combine(data.ModelsRoot, "lm", "keywords.tsv");
        var off = thresholds.Where(t => t.Value == KeywordThresholdTuner.Off).Select(t => t.Key).Order(StringComparer.Ordinal).ToList();
        KeywordThreshold.Write(
            output,
            thresholds.Where(t => t.Value != KeywordThresholdTuner.Off).OrderBy(t => t.Key, StringComparer.Ordinal).Select(t => new KeywordThreshold(t.Key, t.Value)),
            $"Keyword-spotting thresholds (phrase, minimum ps_seg_prob score), written by `callcoach train kws {Path.GetFileName(Path.TrimEndingDirectorySeparator(folder))}`.\n" +
            $"Tuning split, text only: {Describe(textOnly)}; with spotting: {Describe(tuned)}.\n" +
            $"Not spotted (no threshold adds more correct hits than twice its false ones): {(off.Count == 0 ? "none" : string.Join(", ", off))}");

        await stdout.WriteLineAsync($"Wrote {output}: {thresholds.Count - off.Count} phrases spotted, {off.Count} left to the transcript.");
        await stdout.WriteLineAsync($"Tuning split, text only:     {Describe(textOnly)}");
        await stdout.WriteLineAsync($"Tuning split, with spotting: {Describe(tuned)}");
        return 0;
    }

    private static string Describe(KeywordThresholdTuner.Tally t) =>
        string.Create(CultureInfo.InvariantCulture, $"precision {t.Precision:0.000}, recall {t.Recall:0.000} ({t.Correct} of {t.Expected} found, {t.Found - t.Correct} false)");
}
