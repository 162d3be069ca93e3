namespace CallCoach.CoachingApi.Access;

/// <summary>
/// The claim types CallCoach reads. API keys issue exactly these; a JWT's own claim names are mapped onto them
/// (see <see cref="JwtOptions"/>), so the rest of the code never asks which way a caller signed in.
/// </summary>
public static class CallerClaims
{
    public const string User = "sub";
    public const string Role = "role";
    public const string Rep = "rep_id";
    public const string Team = "team";
    public const string IdentityType = "callcoach";
}
