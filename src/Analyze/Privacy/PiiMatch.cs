using CallCoach.Core.Privacy;

namespace CallCoach.Analyze.Privacy;

/// <summary>One piece of personal data found in a text: its kind and its char range there.</summary>
public readonly record struct PiiMatch(PiiCategory Category, int Start, int Length)
{
    public int End => Start + Length;

    public bool Overlaps(int start, int end) => Start < end && start < End;

    /// <summary>The part of this match inside from…to, counted from <paramref name="from"/>; null when it lies outside.</summary>
    public PiiMatch? Within(int from, int to) =>
        Overlaps(from, to) ? new PiiMatch(Category, Math.Max(Start, from) - from, Math.Min(End, to) - Math.Max(Start, from)) : null;
}
