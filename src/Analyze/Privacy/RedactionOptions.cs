using CallCoach.Core.Privacy;

namespace CallCoach.Analyze.Privacy;

/// <summary>
/// What is taken out of transcripts before they are stored (`Privacy:Redaction`). A self-hosted deployment is one
/// tenant: the categories here apply to every call, and a team (the call's TeamId) may override any of them.
/// </summary>
public sealed class RedactionOptions
{
    public const string Section = "Privacy:Redaction";

    /// <summary>The master switch: off, transcripts are stored as they came.</summary>
    public bool Enabled { get; set; } = true;

    public bool Phone { get; set; } = true;

    public bool Email { get; set; } = true;

    public bool ResidentId { get; set; } = true;

    public bool BankCard { get; set; } = true;

    /// <summary>Keep each redacted segment's original text in a column the API never returns. Off by default.</summary>
    public bool StoreOriginal { get; set; }

    /// <summary>Per-team overrides by team id, e.g. <c>Teams:support:Phone = false</c>.</summary>
    public Dictionary<string, RedactionOverrides> Teams { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>The categories redacted in a call of the team; none when redaction is off.</summary>
    public IReadOnlyList<PiiCategory> CategoriesFor(string? teamId)
    {
        if (!Enabled)
        {
            return [];
        }

        // Configuration keys are case-insensitive, and the binder may hand over a dictionary of its own.
        var team = teamId is null ? null : Teams.FirstOrDefault(t => string.Equals(t.Key, teamId, StringComparison.OrdinalIgnoreCase)).Value;
        return
        [
            .. new (PiiCategory Category, bool On)[]
            {
                (PiiCategory.Phone, team?.Phone ?? Phone),
                (PiiCategory.Email, team?.Email ?? Email),
                (PiiCategory.ResidentId, team?.ResidentId ?? ResidentId),
                (PiiCategory.BankCard, team?.BankCard ?? BankCard),
            }.Where(c => c.On).Select(c => c.Category),
        ];
    }
}
