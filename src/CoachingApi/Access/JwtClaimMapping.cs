using System.Security.Claims;

namespace CallCoach.CoachingApi.Access;

/// <summary>Copies a validated token's claims, under the provider's names, onto the names CallCoach reads.</summary>
public static class JwtClaimMapping
{
    public static ClaimsIdentity Map(ClaimsPrincipal principal, JwtOptions names)
    {
        var claims = new List<Claim>();
        Copy(principal, names.UserClaim, CallerClaims.User, claims, first: true);
        Copy(principal, names.RoleClaim, CallerClaims.Role, claims, first: false);
        Copy(principal, names.RepClaim, CallerClaims.Rep, claims, first: true);
        Copy(principal, names.TeamClaim, CallerClaims.Team, claims, first: false);
        return new ClaimsIdentity(claims, CallerClaims.IdentityType, CallerClaims.User, CallerClaims.Role);
    }

    private static void Copy(ClaimsPrincipal principal, string from, string to, List<Claim> into, bool first)
    {
        var values = principal.FindAll(from).Select(c => c.Value).Where(v => v.Length > 0);
        into.AddRange((first ? values.Take(1) : values.Distinct(StringComparer.Ordinal)).Select(v => new Claim(to, v)));
    }
}
