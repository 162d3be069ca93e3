using System.ComponentModel.DataAnnotations;

namespace CallCoach.Core.Archive;

/// <summary>Where accepted recordings are archived. Section <c>Archive</c>.</summary>
public sealed class ArchiveOptions : IValidatableObject
{
    public const string Section = "Archive";

    public AudioStoreKind Store { get; set; } = AudioStoreKind.Folder;

    /// <summary>The container, when <see cref="Store"/> is <see cref="AudioStoreKind.Blob"/>.</summary>
    public BlobArchiveOptions Blob { get; set; } = new();

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        // Nested options are not checked by data annotations on their own.
        var nested = new List<ValidationResult>();
        Validator.TryValidateObject(Blob, new ValidationContext(Blob), nested, validateAllProperties: true);
        foreach (var result in nested)
        {
            yield return new ValidationResult($"{Section}:Blob: {result.ErrorMessage}");
        }

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
