using CallCoach.CoachingApi.Audit;
using CallCoach.Core.Storage;
using Microsoft.EntityFrameworkCore;

namespace CallCoach.CoachingApi.Access;

/// <summary>
/// Whether a caller may see a rep's data when only the rep id is known: a manager may when the rep has calls in one
/// of the manager's teams. Asking about a rep outside that scope is refused the same way whether or not the rep exists.
/// </summary>
public sealed class RepScope(IDbContextFactory<CallCoachDbContext> contexts, AuditLog audit)
{
    /// <summary>The gate of every read of a rep's data: allowed or not, the audit log has it.</summary>
    /// <param name="what">What of the rep's is read ("radar", "calls", "packs"), for the audit log.</param>
    public async Task<bool> ReadRepAsync(Caller caller, string repId, string what, CancellationToken ct)
    {
        if (!await MaySeeRepAsync(caller, repId, ct))
        {
            await audit.DeniedAsync(caller, $"rep {repId}", ct);
            return false;
        }

        await audit.RecordAsync(caller, AuditActions.ReadRep, repId, what, ct);
        return true;
    }

    /// <summary>The gate of every read of a team's data, audited the same way.</summary>
    public async Task<bool> ReadTeamAsync(Caller caller, string teamId, string what, CancellationToken ct)
    {
        if (!caller.ManagesTeam(teamId))
        {
            await audit.DeniedAsync(caller, $"team {teamId}", ct);
            return false;
        }

        await audit.RecordAsync(caller, AuditActions.ReadTeam, teamId, what, ct);
        return true;
    }

    public async Task<bool> MaySeeRepAsync(Caller caller, string repId, CancellationToken ct)
    {
        if (caller.IsAdmin || caller.IsRep(repId))
        {
            return true;
        }

        if (!caller.Is(Roles.Manager) || caller.Teams.Count == 0)
        {
            return false;
        }

        var teams = caller.Teams.ToList();
        await using var db = await contexts.CreateDbContextAsync(ct);
        return await db.Calls.AnyAsync(c => c.RepId == repId && c.TeamId != null && teams.Contains(c.TeamId), ct);
    }

    /// <summary>Narrows a query of calls to those the caller may see; an admin's is left whole.</summary>
    public static IQueryable<CallRecord> Visible(IQueryable<CallRecord> calls, Caller caller)
    {
        if (caller.IsAdmin)
        {
            return calls;
        }

        var own = caller.Is(Roles.Rep) ? caller.RepId : null;
        var teams = caller.Is(Roles.Manager) ? caller.Teams.ToList() : [];
        return calls.Where(c => (own != null && c.RepId == own) || (c.TeamId != null && teams.Contains(c.TeamId)));
    }
}
