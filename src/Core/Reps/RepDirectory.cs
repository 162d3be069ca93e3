using Microsoft.Extensions.Options;

namespace CallCoach.Core.Reps;

/// <summary>Looks reps up by e-mail, vendor user id or rep id. Built once from <see cref="RepDirectoryOptions"/>.</summary>
public sealed class RepDirectory
{
    private readonly Dictionary<string, RepDirectoryEntry> byEmail;
    private readonly Dictionary<string, RepDirectoryEntry> byUserId;
    private readonly Dictionary<string, RepDirectoryEntry> byRepId;
    private readonly TimeZoneInfo defaultZone;

    public RepDirectory(IOptions<RepDirectoryOptions> options)
    {
        var reps = options.Value.Reps;
        byEmail = reps.SelectMany(r => r.Emails.Select(e => (e, r))).ToDictionary(p => p.e, p => p.r, StringComparer.OrdinalIgnoreCase);
        byUserId = reps.SelectMany(r => r.UserIds.Select(u => (u, r))).ToDictionary(p => p.u, p => p.r, StringComparer.Ordinal);
        // A rep listed twice keeps the first entry; the options check already refuses duplicate addresses and ids.
        byRepId = reps.GroupBy(r => r.RepId, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        defaultZone = TimeZoneInfo.FindSystemTimeZoneById(options.Value.DefaultTimeZone);
    }

    public RepDirectoryEntry? FindByEmail(string? email) =>
        email is null ? null : byEmail.GetValueOrDefault(email.Trim());

    /// <summary>A vendor's user id, such as <c>FindByUserId("zoom", "KdYKjnimT4KPd8FFgQt9FQ")</c>.</summary>
    public RepDirectoryEntry? FindByUserId(string vendor, string? userId) =>
        userId is null ? null : byUserId.GetValueOrDefault($"{vendor}:{userId}");

    public RepDirectoryEntry? FindByRepId(string? repId) =>
        repId is null ? null : byRepId.GetValueOrDefault(repId);

    /// <summary>The rep's own time zone, else the directory's default.</summary>
    public TimeZoneInfo TimeZoneOf(string? repId) =>
        FindByRepId(repId)?.TimeZone is { } zone ? TimeZoneInfo.FindSystemTimeZoneById(zone) : defaultZone;
}
