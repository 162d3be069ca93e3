using CallCoach.Core;
using Microsoft.Extensions.Options;

namespace CallCoach.CoachingApi.Signing;

public static class SignedBodyExtensions
{
    public static WebApplicationBuilder AddSignedBodies(this WebApplicationBuilder builder)
    {
        builder.Services.AddValidatedOptions<SigningOptions>(SigningOptions.Section);
        builder.Services.AddSingleton<IValidateOptions<SigningOptions>, SigningOptionsValidator>();
        builder.Services.AddSingleton<SeenSignatures>();
        builder.Services.AddSingleton<SignatureCheck>();
        return builder;
    }

    /// <summary>After routing (so the endpoint is known) and after authentication (so strangers are refused before their body is stored).</summary>
    public static WebApplication UseSignedBodies(this WebApplication app)
    {
        var signing = app.Services.GetRequiredService<IOptions<SigningOptions>>().Value;
        if (signing.Required && signing.Sources.Count == 0)
        {
            app.Logger.LogWarning(
                "Api:Signing:Required is on and no Api:Signing:Sources are configured: signed endpoints (uploads) refuse every request. " +
                "Add a source with a secret, or set Api:Signing:Required=false on a trusted network.");
        }

        app.UseMiddleware<SignedBodyMiddleware>();
        return app;
    }

    /// <summary>Opts an endpoint (or a group) into signed bodies, e.g. <c>group.MapPost("/", Upload).RequireSignedBody()</c>.</summary>
    public static TBuilder RequireSignedBody<TBuilder>(this TBuilder builder)
        where TBuilder : IEndpointConventionBuilder =>
        builder.WithMetadata(RequiresSignedBody.Instance);
}
