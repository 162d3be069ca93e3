using Microsoft.Extensions.Hosting;

namespace CallCoach.Analyze.Lifecycle;

/// <summary>Before the pipeline starts, each model's promoted version replaces the shipped one; a broken file stops the start.</summary>
public sealed class ActiveModelLoader(ModelRegistry registry) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => registry.LoadActiveAsync(cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
