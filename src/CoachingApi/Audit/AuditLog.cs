using System.Threading.Channels;
using CallCoach.CoachingApi.Access;
using CallCoach.Core.Storage;

namespace CallCoach.CoachingApi.Audit;

/// <summary>
/// Takes audit entries from requests and hands them to <see cref="AuditWriter"/>, which stores them in batches, so
/// a radar read does not wait for its own insert. The channel is bounded and waits when full: entries are never dropped.
/// </summary>
public sealed class AuditLog(TimeProvider time)
{
    private readonly Channel<AuditEntryRecord> entries = Channel.CreateBounded<AuditEntryRecord>(
        new BoundedChannelOptions(10_000) { FullMode = BoundedChannelFullMode.Wait, SingleReader = true });

    internal ChannelReader<AuditEntryRecord> Reader => entries.Reader;

    public ValueTask RecordAsync(Caller caller, string action, string subject, string? detail, CancellationToken ct) =>
        WriteAsync(caller, action, subject, detail, allowed: true, ct);

    public ValueTask DeniedAsync(Caller caller, string subject, CancellationToken ct) =>
        WriteAsync(caller, AuditActions.Denied, subject, null, allowed: false, ct);

    internal void Complete() => entries.Writer.TryComplete();

    private ValueTask WriteAsync(Caller caller, string action, string subject, string? detail, bool allowed, CancellationToken ct) =>
        entries.Writer.WriteAsync(
            new AuditEntryRecord
            {
                At = time.GetUtcNow(),
                Actor = caller.Id,
                Roles = string.Join(',', caller.Roles.Order(StringComparer.Ordinal)),
                Action = action,
                Subject = subject,
                Detail = detail,
                Allowed = allowed,
            },
            ct);
}
