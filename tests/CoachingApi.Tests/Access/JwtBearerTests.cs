using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using CallCoach.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.IdentityModel.Tokens;

namespace CallCoach.CoachingApi.Tests.Access;

public sealed class JwtBearerTests : IAsyncLifetime, IDisposable
{
    private readonly TempDirectory data = new("jwt");
    private LocalOidcAuthority authority = null!;
    private WithIdentityProvider app = null!;

    private sealed class WithIdentityProvider(string dataRoot, string authority) : CallCoachApplication(dataRoot)
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Auth:Jwt:Authority", authority);
            builder.UseSetting("Auth:Jwt:Audience", "callcoach");
            builder.UseSetting("Auth:Jwt:RequireHttpsMetadata", "false");
            // This provider calls its team claim "groups".
            builder.UseSetting("Auth:Jwt:TeamClaim", "groups");
        }
    }

    public async Task InitializeAsync()
    {
        authority = await LocalOidcAuthority.StartAsync();
        app = new WithIdentityProvider(data.Path, authority.Issuer);
    }

    [Fact]
    public async Task AManagersTokenOpensTheirTeamAndNotAnother()
    {
        var token = authority.Token(new Dictionary<string, object> { ["sub"] = "mei", ["role"] = "manager", ["groups"] = new[] { "t1", "t4" } });

        Assert.Equal(HttpStatusCode.NotFound, await StatusAsync(token, "/api/teams/t4/radar"));
        Assert.Equal(HttpStatusCode.Forbidden, await StatusAsync(token, "/api/teams/t2/radar"));
        Assert.Equal(HttpStatusCode.Forbidden, await StatusAsync(token, "/api/models"));
    }

    [Fact]
    public async Task ADataScientistWhoIsAlsoAManagerHoldsBothRolesFromOneToken()
    {
        var token = authority.Token(new Dictionary<string, object> { ["sub"] = "li", ["role"] = new[] { "data", "manager" }, ["groups"] = "t1" });

        Assert.Equal(HttpStatusCode.OK, await StatusAsync(token, "/api/models"));
        Assert.Equal(HttpStatusCode.NotFound, await StatusAsync(token, "/api/teams/t1/radar"));
    }

    [Fact]
    public async Task ARepsTokenWithoutARepClaimIsTheRepItsSubjectNames()
    {
        var token = authority.Token(new Dictionary<string, object> { ["sub"] = "r1", ["role"] = "rep" });

        Assert.Equal(HttpStatusCode.NotFound, await StatusAsync(token, "/api/reps/r1/radar"));
        Assert.Equal(HttpStatusCode.Forbidden, await StatusAsync(token, "/api/reps/r2/radar"));
    }

    [Fact]
    public async Task ExpiredForeignAudienceAndForeignlySignedTokensAreAnswered401()
    {
        Dictionary<string, object> admin = new() { ["sub"] = "root", ["role"] = "admin" };
        using var stranger = RSA.Create(2048);

        Assert.Equal(HttpStatusCode.OK, await StatusAsync(authority.Token(admin), "/api/keys"));
        Assert.Equal(HttpStatusCode.Unauthorized, await StatusAsync(authority.Token(admin, lifetime: TimeSpan.FromMinutes(-30)), "/api/keys"));
        Assert.Equal(HttpStatusCode.Unauthorized, await StatusAsync(authority.Token(admin, audience: "another-app"), "/api/keys"));
        Assert.Equal(HttpStatusCode.Unauthorized, await StatusAsync(authority.Token(admin, signWith: new RsaSecurityKey(stranger) { KeyId = "test-key-1" }), "/api/keys"));
        Assert.Equal(HttpStatusCode.Unauthorized, await StatusAsync("not.a.token", "/api/keys"));
    }

    private async Task<HttpStatusCode> StatusAsync(string token, string path)
    {
        using var client = app.CreateAnonymousClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return (await client.GetAsync(path)).StatusCode;
    }

    public async Task DisposeAsync()
    {
        await app.DisposeAsync();
        await authority.DisposeAsync();
    }

    public void Dispose() => data.Dispose();
}
