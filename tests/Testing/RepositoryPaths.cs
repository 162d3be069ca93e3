namespace CallCoach.Testing;

/// <summary>Finds the checkout the tests run from, so they read the real shipped models.</summary>
public static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string Models => Path.Combine(Root, "models");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "CallCoach.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("CallCoach.sln not found above " + AppContext.BaseDirectory);
    }
}
