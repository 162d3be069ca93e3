namespace CallCoach.Core.Reps;

/// <summary>One rep as the directory knows them.</summary>
public sealed class RepDirectoryEntry
{
    public string RepId { get; set; } = "";
    public string? Name { get; set; }
    public string? TeamId { get; set; }
    /// <summary>IANA id, such as "Asia/Shanghai"; the directory's default when absent.</summary>
    public string? TimeZone { get; set; }
    /// <summary>Addresses the rep signs in to meeting systems with; compared without case.</summary>
    public List<string> Emails { get; set; } = [];
    /// <summary>Vendor user ids, written "vendor:id" (for example "zoom:KdYKjnimT4KPd8FFgQt9FQ", "feishu:ou_7d8a6e6d").</summary>
    public List<string> UserIds { get; set; } = [];
}
