using CallCoach.Core.Storage;
using Microsoft.EntityFrameworkCore;

namespace CallCoach.CoachingApi.Access;

/// <summary>
/// Whether a caller may see a rep's data when only the rep id is known: a manager may when the rep has calls in one
/// of the manager's teams. Asking about a rep outside that scope is refused the same way whether or not the rep exists.
/// </summary>
public sealed class RepScope(IDbContextFactory<CallCoachDbContext> contexts)
{
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
