namespace CallCoach.CoachingApi.Access;

/// <summary>
/// A company's own identity provider (any OpenID Connect authority). Empty Authority turns bearer tokens off;
/// API keys still work. The claim names say where the provider puts the user, role, rep and team.
/// </summary>
public sealed class JwtOptions
{
    public string? Authority { get; set; }
    public string? Audience { get; set; }
    /// <summary>Only for an authority on loopback or a private network without TLS, as in tests.</summary>
    public bool RequireHttpsMetadata { get; set; } = true;
    public string UserClaim { get; set; } = CallerClaims.User;
    public string RoleClaim { get; set; } = CallerClaims.Role;
    public string RepClaim { get; set; } = CallerClaims.Rep;
    public string TeamClaim { get; set; } = CallerClaims.Team;

    public bool Enabled => !string.IsNullOrWhiteSpace(Authority);
}
