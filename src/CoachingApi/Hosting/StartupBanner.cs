using CallCoach.Core.Paths;
using CallCoach.Core.Work;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Options;

namespace CallCoach.CoachingApi.Hosting;

/// <summary>Tells the person who just ran `callcoach serve` where to look and where to drop files.</summary>
public sealed class StartupBanner(
    IServer server,
    IHostApplicationLifetime lifetime,
    IOptions<DataOptions> data,
    IOptions<WorkOptions> work,
    ServeRoles roles,
    ILogger<StartupBanner> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        lifetime.ApplicationStarted.Register(() =>
        {
            var urls = server.Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
            logger.LogInformation(
                "CallCoach is running. API: {Urls} (try /api/calls, /openapi/v1.json, /healthz). Drop recordings and transcripts into {Inbox}",
                string.Join(", ", urls), data.Value.Inbox);
            logger.LogInformation(
                "Instance {Instance}: roles {Roles}, calls travel by {Transport}", work.Value.EffectiveInstanceName, roles, work.Value.Transport);
        });
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
