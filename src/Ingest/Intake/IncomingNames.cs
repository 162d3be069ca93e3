namespace CallCoach.Ingest.Intake;

/// <summary>
/// What every source leaves alone: hidden files, copies still being written (.part, .tmp, .crdownload, ~), the
/// bins' reason files, and sidecars (.json), which are only ever taken with their recording.
/// </summary>
public static class IncomingNames
{
    public static bool IsIgnored(string name) =>
        name.StartsWith('.')
        || name.EndsWith('~')
        || IsSidecar(name)
        || name.EndsWith(".reason.txt", StringComparison.OrdinalIgnoreCase)
        || name.EndsWith(".part", StringComparison.OrdinalIgnoreCase)
        || name.EndsWith(".tmp", StringComparison.OrdinalIgnoreCase)
        || name.EndsWith(".crdownload", StringComparison.OrdinalIgnoreCase);

    public static bool IsSidecar(string name) => name.EndsWith(".json", StringComparison.OrdinalIgnoreCase);
}
