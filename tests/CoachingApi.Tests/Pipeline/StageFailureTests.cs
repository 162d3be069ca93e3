using CallCoach.Core.Paths;
using CallCoach.Testing;
using CallCoach.Transcribe;
using CallCoach.Transcribe.PocketSphinx;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace CallCoach.CoachingApi.Tests.Pipeline;

public sealed class StageFailureTests : IDisposable
{
    private readonly TempDirectory data = new("stage-failure");

    /// <summary>The second of two engines cannot load, as when memory runs out: one worker dies, the other lives.</summary>
    private sealed class OneBrokenEngine(IOptions<PocketSphinxOptions> options, IOptions<DataOptions> data) : ISpeechRecognizerFactory
    {
        private int created;

        public ISpeechRecognizer Create() => Interlocked.Increment(ref created) == 2
            ? throw new InvalidOperationException("the model could not be loaded")
            : new PocketSphinxRecognizerFactory(options, data).Create();
    }

    private sealed class WithBrokenEngines(string dataRoot) : CallCoachApplication(dataRoot)
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureServices(services => services.AddSingleton<ISpeechRecognizerFactory, OneBrokenEngine>());
        }
    }

    [Fact]
    public async Task OneRecognizerThatCannotStartStopsTheHostInsteadOfLeavingThePipelineShortHanded()
    {
        await using var app = new WithBrokenEngines(data.Path);
        using var client = app.CreateClient();
        var lifetime = app.Services.GetRequiredService<IHostApplicationLifetime>();

        var stopped = new TaskCompletionSource();
        lifetime.ApplicationStopping.Register(() => stopped.TrySetResult());

        Assert.Same(stopped.Task, await Task.WhenAny(stopped.Task, Task.Delay(TimeSpan.FromSeconds(30))));
    }

    public void Dispose() => data.Dispose();
}
