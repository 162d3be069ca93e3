using CallCoach.Core.Analysis;
using CallCoach.Core.Calls;
using CallCoach.Core.Transcripts;

namespace CallCoach.Analyze.Metrics;

/// <summary>
/// The segments that talk price: a "price" or "discount" keyword was heard in them, or the customer objected to the
/// price there. Exchanges are price turns: consecutive price segments of one speaker are one turn, so rep quote,
/// customer push-back, rep discount is three; price segments of an unknown speaker start no turn.
/// </summary>
internal static class PriceTalk
{
    // Concept names of models/lexicon/business-keywords.json; renaming them there needs a change here.
    private static readonly string[] PriceConcepts = ["price", "discount"];

    public static PriceNegotiation Find(
        IReadOnlyList<TranscriptSegment> segments, IReadOnlyList<KeywordHit> hits, IReadOnlyList<ObjectionFinding> objections)
    {
        List<int> indexes =
        [
            .. hits.Where(h => PriceConcepts.Contains(h.Concept)).Select(h => h.SegmentIndex)
                .Concat(objections.Where(o => o.Type == ObjectionTypes.Price).Select(o => o.SegmentIndex))
                .Distinct()
                .OrderBy(i => segments[i].Start)
                .ThenBy(i => i),
        ];
        if (indexes.Count == 0)
        {
            return new PriceNegotiation(null, null, 0, []);
        }

        var first = segments[indexes[0]];
        var exchanges = Turn.InOrder(indexes.Select(i => segments[i])).Count;
        return new PriceNegotiation(first.Start, NameOf(first.Speaker), exchanges, indexes);
    }

    private static string NameOf(Speaker speaker) => speaker switch
    {
        Speaker.Rep => "rep",
        Speaker.Customer => "customer",
        _ => "unknown",
    };
}
