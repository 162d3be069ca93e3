using CallCoach.CoachingApi.Audit;
using CallCoach.Core;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Options;

namespace CallCoach.CoachingApi.Access;

public static class AccessExtensions
{
    private const string Selector = "CallCoach";

    /// <summary>API keys always, bearer tokens when an authority is configured, role policies, the audit log and the rate limiter.</summary>
    public static WebApplicationBuilder AddCallCoachAccess(this WebApplicationBuilder builder)
    {
        builder.Services.AddValidatedOptions<AuthOptions>(AuthOptions.Section);
        var jwt = builder.Configuration.GetSection(AuthOptions.Section).Get<AuthOptions>()?.Jwt ?? new JwtOptions();
        builder.Services.AddSingleton<ApiKeys>();
        builder.Services.AddSingleton<RepScope>();
        var authentication = builder.Services.AddAuthentication(Selector)
            .AddPolicyScheme(Selector, "API key or bearer token", o => o.ForwardDefaultSelector = context =>
                jwt.Enabled && context.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
                    ? JwtBearerDefaults.AuthenticationScheme
                    : ApiKeyAuthenticationHandler.SchemeName)
            .AddScheme<AuthenticationSchemeOptions, ApiKeyAuthenticationHandler>(ApiKeyAuthenticationHandler.SchemeName, null);
        if (jwt.Enabled)
        {
            authentication.AddJwtBearer(o =>
            {
                o.Authority = jwt.Authority;
                o.Audience = jwt.Audience;
                o.RequireHttpsMetadata = jwt.RequireHttpsMetadata;
                o.MapInboundClaims = false;
                o.Events = new JwtBearerEvents
                {
                    OnTokenValidated = context =>
                    {
                        context.Principal!.AddIdentity(JwtClaimMapping.Map(context.Principal, jwt));
                        return Task.CompletedTask;
                    },
                };
            });
        }

        builder.Services.AddAuthorizationBuilder().AddCallCoachPolicies();
        builder.Services.AddSingleton<IAuthorizationMiddlewareResultHandler, AuditedAuthorizationResultHandler>();
        builder.Services.AddHostedService<AdminKeyBootstrap>();
        builder.AddAuditLog();
        builder.AddApiRateLimiting();
        return builder;
    }

    /// <summary>Who is calling, then how often they may, then whether they may at all.</summary>
    public static WebApplication UseCallCoachAccess(this WebApplication app)
    {
        app.UseAuthentication();
        app.UseRateLimiter();
        app.UseAuthorization();
        return app;
    }
}
