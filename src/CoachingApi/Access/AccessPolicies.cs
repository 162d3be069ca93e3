using Microsoft.AspNetCore.Authorization;

namespace CallCoach.CoachingApi.Access;

/// <summary>
/// Which roles may reach an endpoint at all. Whose data they then see (own calls, own teams) is checked by the
/// endpoint against the <see cref="Caller"/>, because only it knows the rep and team of what it serves.
/// </summary>
public static class AccessPolicies
{
    /// <summary>Calls, radars and packs: reps (their own), managers (their teams), admins.</summary>
    public const string RepData = "rep-data";
    /// <summary>Team views, team-wide reports and pack generation.</summary>
    public const string TeamData = "team-data";
    /// <summary>Labels, training, promotion, rollback and evaluation.</summary>
    public const string ModelWork = "model-work";
    /// <summary>Submitting recordings, transcripts and outcomes.</summary>
    public const string Ingest = "ingest";
    /// <summary>Keys and the audit log.</summary>
    public const string Admin = "admin";

    public static AuthorizationBuilder AddCallCoachPolicies(this AuthorizationBuilder authorization) => authorization
        .SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build())
        .AddPolicy(RepData, p => p.RequireRole(Roles.Rep, Roles.Manager, Roles.Admin))
        .AddPolicy(TeamData, p => p.RequireRole(Roles.Manager, Roles.Admin))
        .AddPolicy(ModelWork, p => p.RequireRole(Roles.Data, Roles.Admin))
        .AddPolicy(Ingest, p => p.RequireRole(Roles.Ingest, Roles.Admin))
        .AddPolicy(Admin, p => p.RequireRole(Roles.Admin));
}
