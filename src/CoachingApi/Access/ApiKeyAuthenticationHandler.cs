using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace CallCoach.CoachingApi.Access;

/// <summary>Signs in the caller whose <c>X-Api-Key</c> header names an active key; no header means "not this scheme".</summary>
public sealed class ApiKeyAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    ApiKeys keys) : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "ApiKey";
    public const string Header = "X-Api-Key";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (!Request.Headers.TryGetValue(Header, out var values) || values.Count == 0 || string.IsNullOrEmpty(values[0]))
        {
            return AuthenticateResult.NoResult();
        }

        var key = await keys.FindAsync(values[0]!, Context.RequestAborted);
        if (key is null)
        {
            return AuthenticateResult.Fail("The API key is unknown, malformed or revoked.");
        }

        List<Claim> claims = [new(CallerClaims.User, $"key:{key.Id}"), new(CallerClaims.Role, key.Role)];
        if (key.RepId is { } rep)
        {
            claims.Add(new Claim(CallerClaims.Rep, rep));
        }

        claims.AddRange((key.Teams ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries).Select(t => new Claim(CallerClaims.Team, t)));
        var identity = new ClaimsIdentity(claims, SchemeName, CallerClaims.User, CallerClaims.Role);
        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName));
    }

    protected override Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        Response.StatusCode = StatusCodes.Status401Unauthorized;
        Response.Headers.WWWAuthenticate = $"ApiKey header=\"{Header}\", Bearer";
        return Task.CompletedTask;
    }
}
