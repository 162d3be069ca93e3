namespace CallCoach.Analyze.Classification;

/// <summary>
/// Deals examples into folds so every fold has the same share of each label in each language; a fixed seed
/// keeps folds, and so cross-validated figures, the same from run to run.
/// </summary>
internal static class StratifiedFolds
{
    public static int[] Assign(IReadOnlyList<LabelledText> examples, int folds, int seed)
    {
        var random = new Random(seed);
        var assignment = new int[examples.Count];
        var next = 0;
        foreach (var group in Enumerable.Range(0, examples.Count)
                     .GroupBy(i => (examples[i].Label, examples[i].Language))
                     .OrderBy(g => g.Key.Label, StringComparer.Ordinal)
                     .ThenBy(g => g.Key.Language, StringComparer.Ordinal))
        {
            foreach (var index in group.OrderBy(_ => random.Next()))
            {
                assignment[index] = next++ % folds;
            }
        }

        return assignment;
    }
}
