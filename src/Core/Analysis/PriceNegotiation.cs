namespace CallCoach.Core.Analysis;

/// <summary>The rhythm of the price talk: when it first came up, who raised it, and how often it went back and forth.</summary>
public sealed record PriceNegotiation(double? FirstMentionSeconds, string? RaisedBy, int Exchanges, IReadOnlyList<int> SegmentIndexes);
