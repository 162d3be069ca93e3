namespace CallCoach.Core.Analysis;

/// <summary>One occurrence of a lexicon term, tied to the segment it was heard in so every count can be checked.</summary>
public sealed record KeywordHit(string Term, string Concept, int SegmentIndex, double Start);
