using CallCoach.Core.Analysis;
using CallCoach.Core.Pipeline;
using CallCoach.Core.Privacy;
using CallCoach.Core.Transcripts;
using Microsoft.Extensions.Options;

namespace CallCoach.Analyze.Privacy;

/// <summary>
/// Takes personal data out of an analysed call before it is stored: segment texts, their words, and the objection
/// sentences quoted from them, by the categories on for the call's team. Analysis runs on the original text in
/// memory, so turning a category on or off never changes a score. See docs/decisions/017-pii-redaction.md.
/// </summary>
public sealed class CallRedactor(IOptions<RedactionOptions> options)
{
    public RedactedCall Redact(TranscribedCall call, CallAnalysis analysis)
    {
        var settings = options.Value;
        var categories = settings.CategoriesFor(call.Metadata.TeamId);
        var segments = new List<TranscriptSegment>(call.Segments.Count);
        var matches = new List<IReadOnlyList<PiiMatch>>(call.Segments.Count);
        var spans = new List<RedactionSpan>();
        var originals = new Dictionary<int, string>();
        for (var index = 0; index < call.Segments.Count; index++)
        {
            var segment = call.Segments[index];
            var text = PiiRedactor.Redact(segment.Text, categories);
            var alignment = WordAlignment.Of(segment.Text, segment.Words);
            matches.Add(text.Matches);
            spans.AddRange(text.Matches.Select(m => Span(index, segment, alignment, m)));
            if (settings.StoreOriginal && text.Matches.Count > 0)
            {
                originals[index] = segment.Text;
            }

            segments.Add(segment with { Text = text.Text, Words = Words(segment, alignment, text.Matches, categories) });
        }

        var objections = analysis.Objections
            .Select(o => o with { Text = Sentence(call.Segments[o.SegmentIndex].Text, matches[o.SegmentIndex], o.Text, categories) })
            .ToList();
        return new RedactedCall(segments, analysis with { Objections = objections }, new TranscriptRedaction(spans, originals));
    }

    /// <summary>When the span was said: from its words' times, else its place in the text spread over the segment.</summary>
    private static RedactionSpan Span(int index, TranscriptSegment segment, WordAlignment? alignment, PiiMatch match)
    {
        double start, end;
        if (alignment?.Covering(match.Start, match.End) is var (first, last))
        {
            (start, end) = (alignment[first].Start, alignment[last].End);
        }
        else
        {
            var perChar = (segment.End - segment.Start) / Math.Max(1, segment.Text.Length);
            (start, end) = (segment.Start + perChar * match.Start, segment.Start + perChar * match.End);
        }

        return new RedactionSpan(match.Category, index, match.Start, match.Length, Math.Round(start, 3), Math.Round(end, 3));
    }

    /// <summary>
    /// Words found in the text follow the text's matches. Words that are not (an engine that normalises differently)
    /// are redacted on their own, so a number in them cannot slip past a text that reads otherwise.
    /// </summary>
    private static IReadOnlyList<TranscriptWord> Words(
        TranscriptSegment segment, WordAlignment? alignment, IReadOnlyList<PiiMatch> matches, IReadOnlyList<PiiCategory> categories)
    {
        if (alignment is not null)
        {
            return RedactedWords.Of(segment.Text, alignment, matches);
        }

        if (segment.Words.Count == 0)
        {
            return segment.Words;
        }

        var (text, joined) = WordAlignment.Joined(segment.Words);
        return RedactedWords.Of(text, joined, PiiRedactor.Redact(text, categories).Matches);
    }

    /// <summary>An objection quotes a sentence of its segment: the segment's matches apply to it where it stands.</summary>
    private static string Sentence(string original, IReadOnlyList<PiiMatch> matches, string sentence, IReadOnlyList<PiiCategory> categories)
    {
        var at = original.IndexOf(sentence, StringComparison.Ordinal);
        if (at < 0)
        {
            return PiiRedactor.Redact(sentence, categories).Text;
        }

        return PiiRedactor.Replace(sentence, [.. matches.Select(m => m.Within(at, at + sentence.Length)).OfType<PiiMatch>()]);
    }
}
