using System.Security.Claims;

namespace CallCoach.CoachingApi.Access;

/// <summary>
/// Who is asking, as endpoints need it: an id for the audit log, the roles, the rep they are (for a rep) and the
/// teams they manage. Bound straight from the signed-in principal as an endpoint parameter.
/// </summary>
public sealed record Caller(string Id, IReadOnlySet<string> Roles, string? RepId, IReadOnlySet<string> Teams)
{
    public bool Is(string role) => Roles.Contains(role);

    public bool IsAdmin => Is(Access.Roles.Admin);

    /// <summary>True when the caller may see what belongs to the team: its admin, or one of its managers.</summary>
    public bool ManagesTeam(string? teamId) => IsAdmin || (Is(Access.Roles.Manager) && teamId is not null && Teams.Contains(teamId));

    /// <summary>True when the rep is the caller themself.</summary>
    public bool IsRep(string? repId) => Is(Access.Roles.Rep) && repId is not null && string.Equals(RepId, repId, StringComparison.Ordinal);

    /// <summary>A call, pack or radar of this rep in this team.</summary>
    public bool MaySee(string? repId, string? teamId) => IsAdmin || IsRep(repId) || ManagesTeam(teamId);

    public static Caller From(ClaimsPrincipal principal)
    {
        var roles = principal.FindAll(CallerClaims.Role).Select(c => c.Value).Where(Access.Roles.IsKnown).ToHashSet(StringComparer.Ordinal);
        var teams = principal.FindAll(CallerClaims.Team).Select(c => c.Value).Where(v => v.Length > 0).ToHashSet(StringComparer.Ordinal);
        var id = principal.FindFirst(CallerClaims.User)?.Value ?? "anonymous";
        var rep = principal.FindFirst(CallerClaims.Rep)?.Value;
        // An identity provider that only says "this user is a rep" means the user is that rep.
        if (rep is null && roles.Contains(Access.Roles.Rep) && !id.StartsWith("key:", StringComparison.Ordinal))
        {
            rep = id;
        }

        return new Caller(id, roles, rep, teams);
    }

    public static ValueTask<Caller?> BindAsync(HttpContext context) => ValueTask.FromResult<Caller?>(From(context.User));
}
