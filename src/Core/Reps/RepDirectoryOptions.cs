using System.ComponentModel.DataAnnotations;

namespace CallCoach.Core.Reps;

/// <summary>
/// Who the company's reps are, for sources that only know an e-mail address or a vendor's user id (meeting
/// systems), and for the rules that need a rep's time zone (working hours). Section <c>Directory</c>.
/// </summary>
public sealed class RepDirectoryOptions : IValidatableObject
{
    public const string Section = "Directory";

    /// <summary>The time zone of a rep the directory does not list, or lists without one (IANA id).</summary>
    [Required]
    public string DefaultTimeZone { get; set; } = "UTC";

    public List<RepDirectoryEntry> Reps { get; set; } = [];

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!TimeZoneInfo.TryFindSystemTimeZoneById(DefaultTimeZone, out _))
        {
            yield return new ValidationResult($"Directory:DefaultTimeZone '{DefaultTimeZone}' is not a known time zone.");
        }

        foreach (var (rep, index) in Reps.Select((rep, index) => (rep, index)))
        {
            if (string.IsNullOrWhiteSpace(rep.RepId))
            {
                yield return new ValidationResult($"Directory:Reps:{index} has no RepId.");
            }

            if (rep.TimeZone is { } zone && !TimeZoneInfo.TryFindSystemTimeZoneById(zone, out _))
            {
                yield return new ValidationResult($"Directory:Reps:{index} ({rep.RepId}): '{zone}' is not a known time zone.");
            }
        }

        foreach (var duplicate in Reps.SelectMany(r => r.Emails).GroupBy(e => e, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1))
        {
            yield return new ValidationResult($"Directory: the e-mail '{duplicate.Key}' belongs to more than one rep.");
        }

        foreach (var duplicate in Reps.SelectMany(r => r.UserIds).GroupBy(e => e, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            yield return new ValidationResult($"Directory: the user id '{duplicate.Key}' belongs to more than one rep.");
        }
    }
}
