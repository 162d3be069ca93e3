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
    public string Quarantine => Path.GetFullPath(Path.Combine(Root, "quarantine"));
    public string Uploads => Path.GetFullPath(Path.Combine(Root, "uploads"));
    public string Database => Path.GetFullPath(Path.Combine(Root, "callcoach.db"));
    public string ModelsRoot => Path.GetFullPath(Models);
}
