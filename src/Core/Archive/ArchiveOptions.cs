using System.ComponentModel.DataAnnotations;
using CallCoach.Core.Blobs;

namespace CallCoach.Core.Archive;

/// <summary>Where accepted recordings are archived. Section <c>Archive</c>.</summary>
public sealed class ArchiveOptions : IValidatableObject
{
    public const string Section = "Archive";

    public AudioStoreKind Store { get; set; } = AudioStoreKind.Folder;

    /// <summary>The container, when <see cref="Store"/> is <see cref="AudioStoreKind.Blob"/>.</summary>
    public BlobContainerOptions Blob { get; set; } = new();

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (Store == AudioStoreKind.Blob)
        {
            foreach (var problem in Blob.Problems($"{Section}:Blob"))
            {
                yield return new ValidationResult($"{problem} when {Section}:Store is Blob.");
            }
        }
        else if (Blob.IsConfigured)
        {
            // Otherwise an operator who set up the container would believe audio went there while it stayed local.
            yield return new ValidationResult(
                $"{Section}:Blob is set but {Section}:Store is {Store}: set {Section}:Store=Blob to archive to the container, or remove {Section}:Blob.");
        }
    }
}
