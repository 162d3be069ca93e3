using System.ComponentModel.DataAnnotations;

namespace CallCoach.Core.Paths;

/// <summary>Where CallCoach keeps its files. Relative paths resolve against the working directory.</summary>
public sealed class DataOptions
{
    public const string Section = "Data";

    [Required]
    public string Root { get; set; } = "data";

    [Required]
    public string Models { get; set; } = "models";

    public string Inbox => Path.GetFullPath(Path.Combine(Root, "inbox"));
    public string Archive => Path.GetFullPath(Path.Combine(Root, "audio"));
    /// <summary>Local copies of recordings archived elsewhere (a blob container), read from here by the stages.</summary>
    public string AudioCache => Path.GetFullPath(Path.Combine(Root, "cache", "audio"));
    /// <summary>Files a source downloaded and has not yet handed to intake, one folder per source.</summary>
    public string Spool => Path.GetFullPath(Path.Combine(Root, "spool"));
    public string Quarantine => Path.GetFullPath(Path.Combine(Root, "quarantine"));
    public string Uploads => Path.GetFullPath(Path.Combine(Root, "uploads"));
    public string Database => Path.GetFullPath(Path.Combine(Root, "callcoach.db"));
    /// <summary>Benchmark clips of coaching packs, one WAV per pack.</summary>
    public string Clips => Path.GetFullPath(Path.Combine(Root, "clips"));
    /// <summary>Classifier versions the service trained, one folder per model; the shipped ones stay in <see cref="Models"/>.</summary>
    public string ModelVersions => Path.GetFullPath(Path.Combine(Root, "models"));
    /// <summary>Enrolled voice profiles of reps, one <c>&lt;repId&gt;.json</c> each.</summary>
    public string Voices => Path.GetFullPath(Path.Combine(Root, "voices"));
    /// <summary>
    /// <see cref="Models"/> against the working directory; when a relative folder is not there, the copy shipped
    /// beside the binary, so `callcoach analyze` works from any folder.
    /// </summary>
    public string ModelsRoot
    {
        get
        {
            var local = Path.GetFullPath(Models);
            var shipped = Path.Combine(AppContext.BaseDirectory, Models);
            return Directory.Exists(local) || Path.IsPathRooted(Models) || !Directory.Exists(shipped) ? local : shipped;
        }
    }

    /// <summary>A model file named in configuration: rooted paths as given, others under <see cref="ModelsRoot"/>; empty means none.</summary>
    public string? ModelFile(string? path) =>
        string.IsNullOrWhiteSpace(path) ? null : Path.IsPathRooted(path) ? path : Path.Combine(ModelsRoot, path);
}
