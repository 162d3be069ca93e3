using System.ComponentModel.DataAnnotations;

namespace CallCoach.Ingest.Screening;

/// <summary>
/// When an arriving call is flagged as an anomaly (section <c>Ingest:AnomalyFlags</c>). A flagged call is analyzed and
/// shown, but does not count as effective until a manager clears it.
/// </summary>
public sealed class AnomalyFlagOptions : IValidatableObject
{
    public const string Section = "Ingest:AnomalyFlags";

    /// <summary>False turns every rule off: nothing is flagged.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>Working hours in the rep's time zone (<c>Directory</c>); a call started outside them is flagged. Equal: rule off.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "23:59:59", ErrorMessage = "Ingest:AnomalyFlags:WorkingHoursStart must be a time of day (00:00 to 23:59).")]
    public TimeSpan WorkingHoursStart { get; set; } = TimeSpan.FromHours(7);

    /// <summary>The end of working hours, exclusive. Before the start means hours across midnight (a night shift).</summary>
    [Range(typeof(TimeSpan), "00:00:00", "23:59:59", ErrorMessage = "Ingest:AnomalyFlags:WorkingHoursEnd must be a time of day (00:00 to 23:59).")]
    public TimeSpan WorkingHoursEnd { get; set; } = TimeSpan.FromHours(22);

    /// <summary>This many calls of one rep arriving within <see cref="BulkUploadWindow"/> are a bulk backfill. 0: rule off.</summary>
    [Range(0, 100_000)]
    public int BulkUploadCount { get; set; } = 10;

    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00", ErrorMessage = "Ingest:AnomalyFlags:BulkUploadWindow must be between 1 second and 1 day.")]
    public TimeSpan BulkUploadWindow { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>A call that started this long before it arrived is a late upload. 00:00:00: rule off.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "3650.00:00:00", ErrorMessage = "Ingest:AnomalyFlags:LateUploadAge must be between 0 and 3650 days.")]
    public TimeSpan LateUploadAge { get; set; } = TimeSpan.FromDays(7);

    public bool ChecksWorkingHours => Enabled && WorkingHoursStart != WorkingHoursEnd;

    public bool ChecksBulkUploads => Enabled && BulkUploadCount > 0;

    public bool ChecksLateUploads => Enabled && LateUploadAge > TimeSpan.Zero;

    /// <summary>True when the time of day falls within working hours, across midnight if they wrap.</summary>
    public bool WithinWorkingHours(TimeSpan timeOfDay) => WorkingHoursStart < WorkingHoursEnd
        ? timeOfDay >= WorkingHoursStart && timeOfDay < WorkingHoursEnd
        : timeOfDay >= WorkingHoursStart || timeOfDay < WorkingHoursEnd;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (BulkUploadCount == 1)
        {
            yield return new ValidationResult(
                "Ingest:AnomalyFlags:BulkUploadCount 1 would flag every call; use 2 or more, or 0 to turn the rule off.", [nameof(BulkUploadCount)]);
        }
    }
}
