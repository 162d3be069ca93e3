using System.Net;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace CallCoach.CoachingApi.Tests.Access;

/// <summary>
/// A company's identity provider, played on loopback: the OpenID Connect discovery document and the JWKS with one
/// RSA signing key, as any OIDC authority publishes them, and tokens signed with that key.
/// </summary>
public sealed class LocalOidcAuthority : IAsyncDisposable
{
    private readonly RSA rsa = RSA.Create(2048);
    private readonly WebApplication app;

    private LocalOidcAuthority(WebApplication app, string issuer) => (this.app, Issuer) = (app, issuer);

    public string Issuer { get; }

    public RsaSecurityKey SigningKey => new(rsa) { KeyId = "test-key-1" };

    public static async Task<LocalOidcAuthority> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(k => k.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        LocalOidcAuthority? authority = null;
        app.MapGet("/.well-known/openid-configuration", () => Results.Json(new Dictionary<string, object>
        {
            ["issuer"] = authority!.Issuer,
            ["jwks_uri"] = $"{authority.Issuer}/jwks",
            ["id_token_signing_alg_values_supported"] = new[] { "RS256" },
        }));
        app.MapGet("/jwks", () =>
        {
            var jwk = JsonWebKeyConverter.ConvertFromRSASecurityKey(new RsaSecurityKey(authority!.rsa.ExportParameters(false)) { KeyId = "test-key-1" });
            return Results.Json(new { keys = new[] { new { kty = jwk.Kty, use = "sig", kid = jwk.Kid, alg = "RS256", n = jwk.N, e = jwk.E } } });
        });
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single().TrimEnd('/');
        authority = new LocalOidcAuthority(app, address);
        return authority;
    }

    /// <summary>A token for CallCoach's audience with these claims, valid for an hour unless said otherwise.</summary>
    public string Token(IDictionary<string, object> claims, string audience = "callcoach", TimeSpan? lifetime = null, SecurityKey? signWith = null)
    {
        var now = DateTime.UtcNow;
        var expires = now + (lifetime ?? TimeSpan.FromHours(1));
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = Issuer,
            Audience = audience,
            Claims = claims,
            IssuedAt = expires < now ? expires.AddMinutes(-10) : now,
            NotBefore = expires < now ? expires.AddMinutes(-10) : now,
            Expires = expires,
            SigningCredentials = new SigningCredentials(signWith ?? SigningKey, SecurityAlgorithms.RsaSha256),
        });
    }

    public async ValueTask DisposeAsync()
    {
        await app.DisposeAsync();
        rsa.Dispose();
    }
}
