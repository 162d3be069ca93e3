namespace CallCoach.Analyze.Tests;

/// <summary>Files of this repository, found from the test binaries by walking up to the folder that holds CallCoach.sln.</summary>
internal static class RepositoryFiles
{
    public static string Root { get; } = FindRoot();

    public static string Lexicon => Path.Combine(Root, "models", "lexicon", "business-keywords.json");

    private static string FindRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "CallCoach.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException($"No CallCoach.sln above {AppContext.BaseDirectory}");
    }
}
