using System.ComponentModel.DataAnnotations;
using CallCoach.Core.Blobs;

namespace CallCoach.Ingest.Blob;

/// <summary>
/// An Azure Blob container to take recordings from (section <c>Ingest:Blob</c>). Off unless a connection string or a
/// container is set; then both must be right, or the start stops with what is wrong.
/// </summary>
public sealed class BlobSourceOptions : BlobContainerOptions, IValidatableObject
{
    public const string Section = "Ingest:Blob";

    /// <summary>Only blobs whose names start with this are taken (a "folder" such as <c>calls/</c>); empty for the whole container.</summary>
    [MaxLength(1024)]
    public string? Prefix { get; set; }

    /// <summary>Seconds between two listings of the container.</summary>
    [Range(1, 3600)]
    public int PollSeconds { get; set; } = 30;

    /// <summary>Names asked for per listing request (Azure's most is 5,000); smaller only so tests can page with a few blobs.</summary>
    internal int PageSize { get; init; } = 5000;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext) =>
        IsConfigured ? Problems(Section).Select(p => new ValidationResult($"{p}: the blob source is on once either is set.")) : [];
}
