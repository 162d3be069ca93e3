namespace CallCoach.Core.Analysis;

public sealed record KeywordCount(string Term, int Count);
