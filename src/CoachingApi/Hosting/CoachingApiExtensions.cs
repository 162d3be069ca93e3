using CallCoach.Core;
using CallCoach.CoachingApi.Access;
using CallCoach.CoachingApi.Audit;
using CallCoach.CoachingApi.Keys;
using CallCoach.CoachingApi.Work;
using CallCoach.CoachingApi.Limits;
using CallCoach.CoachingApi.Calls;
using CallCoach.CoachingApi.Demo;
using CallCoach.CoachingApi.Errors;
using CallCoach.CoachingApi.Jobs;
using CallCoach.CoachingApi.Labels;
using CallCoach.CoachingApi.Meetings;
using CallCoach.CoachingApi.Models;
using CallCoach.CoachingApi.Outcomes;
using CallCoach.CoachingApi.Packs;
using CallCoach.CoachingApi.Pages;
using CallCoach.CoachingApi.Radar;
using CallCoach.CoachingApi.Reports;
using CallCoach.CoachingApi.Signing;
using CallCoach.Core.Paths;
using CallCoach.Core.Storage;
using CallCoach.Core.Work;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.Options;

namespace CallCoach.CoachingApi.Hosting;

public static class CoachingApiExtensions
{
    public static WebApplicationBuilder AddCoachingApi(this WebApplicationBuilder builder)
    {
        builder.Services.AddValidatedOptions<ApiOptions>(ApiOptions.Section);
        builder.Services.AddOptions<KestrelServerOptions>().Configure<IOptions<ApiOptions>>((kestrel, api) => kestrel.Limits.MaxRequestBodySize = api.Value.MaxUploadBytes);
        builder.Services.AddOptions<FormOptions>().Configure<IOptions<ApiOptions>>((form, api) => form.MultipartBodyLengthLimit = api.Value.MaxUploadBytes);
        // JSON bodies are a few fields deep; a nesting bomb is refused long before it costs anything.
        builder.Services.ConfigureHttpJsonOptions(json => json.SerializerOptions.MaxDepth = 32);
        builder.Services.AddProblemDetails(problems => problems.CustomizeProblemDetails = PayloadTooLargeProblem.Describe);
        builder.Services.AddExceptionHandler<ProblemDetailsExceptionHandler>();
        builder.Services.AddOpenApi();
        builder.Services.AddHealthChecks().AddDbContextCheck<CallCoachDbContext>("database");
        builder.Services.AddHostedService<StartupBanner>();
        builder.AddSignedBodies();
        builder.Services.AddSingleton<PackService>();
        builder.AddCallCoachAccess();
        builder.Services.AddHostedService<InterruptedUploads>();
        // Scheduled jobs run where the API runs; a process of other roles only works on calls.
        if (ServeRoles.From(builder.Configuration).Api)
        {
            builder.AddCoachingJobs();
        }

        builder.AddDemoOrganisation();
        builder.AddMeetingSources();
        return builder;
    }

    public static WebApplication MapCoachingApi(this WebApplication app)
    {
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        // Pages and their scripts are login-free: they hold no data and sign in to the API themselves.
        app.UseStaticFiles();
        app.UseRequestBodyLimits();
        app.UseCallCoachAccess();
        // After authorization: a caller who may not upload is refused before their body is spooled to disk.
        app.UseSignedBodies();
        app.MapOpenApi();
        app.MapHealthChecks("/healthz").AllowAnonymous();
        if (!app.Services.GetRequiredService<ServeRoles>().Api)
        {
            return app;
        }

        app.MapKeysApi();
        app.MapAuditApi();
        app.MapWorkApi();
        app.MapCallsApi();
        app.MapCallAnomaliesApi();
        app.MapModelsApi();
        app.MapLabelsApi();
        app.MapRadarApi();
        app.MapOutcomesApi();
        app.MapPacksApi();
        app.MapReportsApi();
        app.MapMeetingWebhooks();
        app.MapCoachingPages();
        return app;
    }
}
