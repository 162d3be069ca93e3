using System.Text.RegularExpressions;
using CallCoach.Core.Analysis;
using CallCoach.Core.Calls;
using CallCoach.Core.Transcripts;
using Microsoft.Extensions.Options;

namespace CallCoach.Analyze.Classification;

/// <summary>
/// Classifies a call's turns: customer turns for objections, rep turns for acts. A typed turn may hold several
/// sentences ("Who else decides? Could we meet Tuesday?"), so each sentence is classified and the turn reports each
/// label once, from its surest sentence; recognised text has no sentence marks and is one sentence. Findings below
/// the report threshold are left out rather than shown as guesses.
/// </summary>
public sealed partial class UtteranceClassifier(ServingClassifiers classifiers, IOptions<ClassificationOptions> options)
{
    public IReadOnlyList<ObjectionFinding> Objections(IReadOnlyList<TranscriptSegment> segments) =>
        [.. Find(classifiers.Objection, segments).Select(f => new ObjectionFinding(f.Label, f.Index, f.Sentence, f.Confidence))];

    public IReadOnlyList<ActFinding> Acts(IReadOnlyList<TranscriptSegment> segments) =>
        [.. Find(classifiers.Act, segments).Select(f => new ActFinding(f.Label, f.Index, f.Confidence))];

    public static IReadOnlyList<string> Sentences(string text) =>
        [.. SentenceEnd().Split(text).Select(s => s.Trim()).Where(s => s.Length > 1)];

    private IEnumerable<(int Index, string Label, string Sentence, double Confidence)> Find(TextClassifier classifier, IReadOnlyList<TranscriptSegment> segments)
    {
        var kind = classifier.Kind;
        var threshold = options.Value.ReportThreshold;
        for (var index = 0; index < segments.Count; index++)
        {
            if (segments[index].Speaker != kind.Speaker)
            {
                continue;
            }

            var found = Sentences(segments[index].Text)
                .Select(sentence => (Sentence: sentence, Result: classifier.Classify(sentence)))
                .Where(c => c.Result.Label != kind.NothingLabel && c.Result.Confidence >= threshold)
                .GroupBy(c => c.Result.Label)
                .Select(g => g.MaxBy(c => c.Result.Confidence))
                .OrderByDescending(c => c.Result.Confidence);
            foreach (var (sentence, result) in found)
            {
                yield return (index, result.Label, sentence, Math.Round(result.Confidence, 4));
            }
        }
    }

    // Keeps the question mark with its sentence: it is a feature the act model uses. Marks right after it ("?!")
    // belong to the same end, not to the next sentence.
    [GeneratedRegex(@"(?<=[?？])[.!。！;；]*|[.!。！;；]+(?=\s|$)|[。！；]")]
    private static partial Regex SentenceEnd();
}
