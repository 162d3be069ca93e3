using System.Net;
using System.Net.Http.Json;
using CallCoach.CoachingApi.Calls;
using CallCoach.CoachingApi.Work;
using CallCoach.Core.Paths;
using CallCoach.Testing;
using CallCoach.Transcribe;
using CallCoach.Transcribe.PocketSphinx;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CallCoach.CoachingApi.Tests.Work;

[Collection(GeneratedCallsCollection.Name)]
public sealed class ParkedCallsTests(GeneratedCalls calls) : IDisposable
{
    private readonly TempDirectory data = new("parked");

    /// <summary>Real PocketSphinx, behind a switch that makes every recognition throw, as a broken model would.</summary>
    private sealed class SwitchableEngine(IOptions<PocketSphinxOptions> options, IOptions<DataOptions> data) : ISpeechRecognizerFactory
    {
        public static volatile bool Broken = true;

        public ISpeechRecognizer Create() => new Switch(new PocketSphinxRecognizerFactory(options, data).Create());

        private sealed class Switch(ISpeechRecognizer inner) : ISpeechRecognizer
        {
            public Task<IReadOnlyList<RecognizedWord>> RecognizeAsync(ReadOnlyMemory<short> utterance, int sampleRate, CancellationToken ct) =>
                Broken ? throw new InvalidOperationException("the acoustic model is corrupt") : inner.RecognizeAsync(utterance, sampleRate, ct);

            public void Dispose() => inner.Dispose();
        }
    }

    private sealed class WithRetries(string dataRoot) : CallCoachApplication(dataRoot)
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Work:MaxAttempts", "3");
            builder.UseSetting("Work:RetryBaseDelay", "00:00:00.300");
            builder.UseSetting("Work:RetryMaxDelay", "00:00:01");
            builder.ConfigureServices(services => services.AddSingleton<ISpeechRecognizerFactory, SwitchableEngine>());
        }
    }

    [Fact]
    public async Task AFailingCallIsRetriedWithBackOffThenParkedAndRequeuedThroughTheApiOnceFixed()
    {
        SwitchableEngine.Broken = true;
        await using var app = new WithRetries(data.Path);
        using var client = app.CreateClient();
        await app.DropAsync(calls.SmallTalkWav, "small-talk.wav");

        var parked = await WaitAsync(async () =>
        {
            var list = await client.GetFromJsonAsync<List<ParkedCall>>("/api/work/parked");
            return list!.SingleOrDefault();
        });
        Assert.Equal((3, "received"), (parked.Attempts, parked.RetryFrom));
        Assert.Contains("the acoustic model is corrupt", parked.FailureReason, StringComparison.Ordinal);
        var summary = await client.GetFromJsonAsync<WorkSummary>("/api/work");
        Assert.Equal(1, summary!.Calls["parked"]);

        var detail = await client.GetFromJsonAsync<CallDetail>($"/api/calls/{parked.Id}");
        Assert.Equal(
            ["received", "failed", "received", "failed", "received", "parked"],
            detail!.History.Select(h => h.To));

        // Fixed: queued again by an admin, it goes through.
        SwitchableEngine.Broken = false;
        var requeued = await client.PostAsync($"/api/work/parked/{parked.Id}/requeue", null);
        Assert.Equal(HttpStatusCode.Accepted, requeued.StatusCode);
        var again = await client.PostAsync($"/api/work/parked/{parked.Id}/requeue", null);
        Assert.Equal(HttpStatusCode.NotFound, again.StatusCode);
        Assert.Equal("application/problem+json", again.Content.Headers.ContentType?.MediaType);

        var finished = await app.WaitForCallAsync(parked.Id, TimeSpan.FromMinutes(2));
        Assert.Equal("analyzed", finished.Call.Status);
        Assert.Equal(0, finished.Call.Attempts);
        Assert.Equal(["parked", "received", "transcribed", "analyzed"], finished.History.Skip(5).Select(h => h.To));
        Assert.Empty((await client.GetFromJsonAsync<List<ParkedCall>>("/api/work/parked"))!);
    }

    private static async Task<T> WaitAsync<T>(Func<Task<T?>> probe)
        where T : class
    {
        var deadline = DateTime.UtcNow.AddMinutes(2);
        while (DateTime.UtcNow < deadline)
        {
            if (await probe() is { } found)
            {
                return found;
            }

            await Task.Delay(200);
        }

        throw new TimeoutException("waited two minutes");
    }

    public void Dispose() => data.Dispose();
}
