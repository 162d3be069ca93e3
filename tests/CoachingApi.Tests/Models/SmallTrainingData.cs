using CallCoach.Analyze.Classification;
using CallCoach.Testing;

namespace CallCoach.CoachingApi.Tests.Models;

/// <summary>
/// A training folder with only the first few shipped examples of each label and language, and the real held-out
/// set: a challenger trained on it trains in a second and scores clearly worse than the shipped model.
/// </summary>
public static class SmallTrainingData
{
    public static string Create(string folder, int perLabel = 6)
    {
        var shipped = Path.Combine(RepositoryPaths.Models, "data");
        Directory.CreateDirectory(Path.Combine(folder, "test"));
        foreach (var kind in ClassifierKind.All)
        {
            foreach (var language in TextLanguage.All)
            {
                var name = $"{kind.Name}.{language}.tsv";
                var lines = File.ReadAllLines(Path.Combine(shipped, name));
                var kept = lines.Skip(1).GroupBy(line => line.Split('\t')[1]).SelectMany(g => g.Take(perLabel));
                File.WriteAllLines(Path.Combine(folder, name), [lines[0], .. kept]);
                File.Copy(Path.Combine(shipped, "test", name), Path.Combine(folder, "test", name), overwrite: true);
            }
        }

        return folder;
    }
}
