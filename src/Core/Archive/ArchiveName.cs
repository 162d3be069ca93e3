using CallCoach.Core.Paths;

namespace CallCoach.Core.Archive;

/// <summary>The names recordings are stored under: plain file names (a content hash and an extension), with the sidecar as <c>.json</c>.</summary>
internal static class ArchiveName
{
    public static string Checked(string name) =>
        IsPlain(name) ? name : throw new ArgumentException($"'{SafeFileName.Printable(name)}' is not a plain recording name to archive under", nameof(name));

    /// <summary>A name the stores write: one plain file name, not hidden, not a sidecar. Anything else never came from them.</summary>
    public static bool IsPlain(string name) =>
        name.Length > 0 && !name.StartsWith('.') && SafeFileName.From(name, fallback: "") == name && !IsSidecar(name);

    public static string SidecarOf(string name) => Path.ChangeExtension(name, ".json");

    public static bool IsSidecar(string name) => name.EndsWith(".json", StringComparison.OrdinalIgnoreCase);
}
