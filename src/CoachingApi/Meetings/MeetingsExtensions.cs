using CallCoach.CoachingApi.Meetings.Downloads;
using CallCoach.CoachingApi.Meetings.Feishu;
using CallCoach.CoachingApi.Meetings.Teams;
using CallCoach.CoachingApi.Meetings.Zoom;
using CallCoach.Core;
using Microsoft.Extensions.Options;

namespace CallCoach.CoachingApi.Meetings;

public static class MeetingsExtensions
{
    /// <summary>Vendor options, the download table and its downloader, and one fetcher per vendor.</summary>
    public static WebApplicationBuilder AddMeetingSources(this WebApplicationBuilder builder)
    {
        builder.Services.AddValidatedOptions<MeetingsOptions>(MeetingsOptions.Section);
        builder.Services.AddValidatedOptions<ZoomOptions>(ZoomOptions.Section);
        builder.Services.AddValidatedOptions<TeamsOptions>(TeamsOptions.Section);
        builder.Services.AddValidatedOptions<FeishuOptions>(FeishuOptions.Section);
        // Each attempt has its own deadline (Meetings:AttemptTimeout); the client's 100 s would cut a large file short.
        builder.Services.AddHttpClient(VendorHttp.ClientName, http => http.Timeout = Timeout.InfiniteTimeSpan)
            // Download tokens and app tokens travel in this header; request logging must not show them.
            .RedactLoggedHeaders(["Authorization"]);
        builder.Services.AddSingleton<VendorHttp>();
        builder.Services.AddSingleton<MeetingDoorbell>();
        builder.Services.AddSingleton<MeetingDownloadQueue>();
        builder.Services.AddSingleton<MeetingReps>();
        builder.Services.AddSingleton<GraphAppToken>();
        builder.Services.AddSingleton<FeishuTenantToken>();
        builder.Services.AddSingleton<IMeetingFetcher, ZoomFetcher>();
        builder.Services.AddSingleton<IMeetingFetcher, TeamsFetcher>();
        builder.Services.AddSingleton<IMeetingFetcher, FeishuFetcher>();
        builder.Services.AddHostedService<MeetingDownloader>();
        return builder;
    }

    /// <summary>
    /// One public endpoint per configured vendor; an unconfigured vendor has none. Vendors call without our keys, so
    /// the endpoints allow anonymous callers and prove the sender with the vendor's own signature, token or client state.
    /// </summary>
    public static IEndpointRouteBuilder MapMeetingWebhooks(this IEndpointRouteBuilder routes)
    {
        var services = routes.ServiceProvider;
        var group = routes.MapGroup("/api/meetings").WithTags("Meetings").AllowAnonymous();
        if (services.GetRequiredService<IOptions<ZoomOptions>>().Value.Enabled)
        {
            group.MapPost("/zoom", ZoomWebhook.ReceiveAsync).WithName("ZoomWebhook");
        }

        if (services.GetRequiredService<IOptions<TeamsOptions>>().Value.Enabled)
        {
            group.MapPost("/teams", TeamsWebhook.ReceiveAsync).WithName("TeamsWebhook");
        }

        if (services.GetRequiredService<IOptions<FeishuOptions>>().Value.Enabled)
        {
            group.MapPost("/feishu", FeishuWebhook.ReceiveAsync).WithName("FeishuWebhook");
        }

        return routes;
    }
}
