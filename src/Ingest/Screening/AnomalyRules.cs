using System.Globalization;
using CallCoach.Core.Calls;
using CallCoach.Core.Reps;
using CallCoach.Core.Screening;
using CallCoach.Core.Storage;
using Microsoft.Extensions.Options;

namespace CallCoach.Ingest.Screening;

/// <summary>
/// Flags an arriving call that may not be what it seems: started outside the rep's working hours, one of a burst of
/// uploads for one rep, or started long before it arrived. Each flag carries its reason in words.
/// </summary>
public sealed class AnomalyRules(CallStore store, RepDirectory directory, IOptions<AnomalyFlagOptions> options, TimeProvider time)
{
    public async Task<(IReadOnlyList<AnomalyFlag> Flags, DateTimeOffset? BulkUploadSince)> FindAsync(CallMetadata metadata, CancellationToken ct)
    {
        var rules = options.Value;
        var now = time.GetUtcNow();
        var flags = new List<AnomalyFlag>();
        if (rules.ChecksWorkingHours && OutsideWorkingHours(metadata, rules) is { } hours)
        {
            flags.Add(hours);
        }

        DateTimeOffset? since = null;
        if (rules.ChecksBulkUploads && metadata.RepId is { } repId)
        {
            // This call is not stored yet: it makes one more.
            var from = now - rules.BulkUploadWindow;
            var arrived = await store.CountReceivedSinceAsync(repId, from, ct) + 1;
            if (arrived >= rules.BulkUploadCount)
            {
                since = from;
                flags.Add(new AnomalyFlag(AnomalyKind.BulkUpload, string.Create(CultureInfo.InvariantCulture,
                    $"bulk upload: {arrived} calls of the rep arrived within {rules.BulkUploadWindow:c} (flagged from {rules.BulkUploadCount})")));
            }
        }

        if (rules.ChecksLateUploads && metadata.StartedAt is { } started && now - started > rules.LateUploadAge)
        {
            flags.Add(new AnomalyFlag(AnomalyKind.LateUpload, string.Create(CultureInfo.InvariantCulture,
                $"late upload: started {started:yyyy-MM-dd HH:mm zzz}, {(now - started).TotalDays:0.#} days before it arrived (flagged after {rules.LateUploadAge.TotalDays:0.#} days)")));
        }

        return (flags, since);
    }

    private AnomalyFlag? OutsideWorkingHours(CallMetadata metadata, AnomalyFlagOptions rules)
    {
        // Only the call's own start says when it happened; its arrival time says when someone uploaded it.
        if (metadata.StartedAt is not { } started)
        {
            return null;
        }

        var zone = directory.TimeZoneOf(metadata.RepId);
        var local = TimeZoneInfo.ConvertTime(started, zone);
        return rules.WithinWorkingHours(local.TimeOfDay)
            ? null
            : new AnomalyFlag(AnomalyKind.OutsideWorkingHours, string.Create(CultureInfo.InvariantCulture,
                $"outside working hours: started {local:yyyy-MM-dd HH:mm} in {zone.Id} (the rep's time zone), working hours {rules.WorkingHoursStart:hh\\:mm}-{rules.WorkingHoursEnd:hh\\:mm}"));
    }
}
