using System.Text;
using Azure.Storage.Queues;
using CallCoach.Core.Storage;
using CallCoach.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CallCoach.CoachingApi.Tests.Work;

/// <summary>
/// The real host with <c>Work:Transport=Queues</c> against Azurite's queue service: calls travel between the stages
/// as messages on Azure Storage queues, taken by the host's own receivers.
/// </summary>
[Collection(GeneratedCallsCollection.Name)]
public sealed class QueueTransportTests(GeneratedCalls calls, Azurite azurite) : IClassFixture<Azurite>, IDisposable
{
    private readonly TempDirectory data = new("queues");
    private readonly string prefix = $"t{Guid.NewGuid():N}"[..20];

    private CallCoachApplication Host(int maxDequeueCount = 5)
    {
        var app = new CallCoachApplication(data.Path);
        app.Settings["Work:Transport"] = "Queues";
        app.Settings["Work:QueueConnectionString"] = azurite.ConnectionString;
        app.Settings["Work:QueuePrefix"] = prefix;
        app.Settings["Work:MaxDequeueCount"] = maxDequeueCount.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return app;
    }

    private QueueClient Queue(string stage) => new(azurite.ConnectionString, $"{prefix}-{stage}");

    private static async Task DropTranscriptAsync(CallCoachApplication app, int n)
    {
        var path = Path.Combine(app.Inbox, $"call-{n}.vtt");
        Directory.CreateDirectory(app.Inbox);
        await File.WriteAllTextAsync(path + ".part", $"WEBVTT\n\n00:00:00.000 --> 00:00:05.000\n<v Sarah Lee>What does your team budget for onboarding, call {n}?\n\n00:00:05.500 --> 00:01:40.000\n<v Tom Becker>We would need a trial period first.\n", Encoding.UTF8);
        File.Move(path + ".part", path);
    }

    [Fact]
    public async Task CallsTravelBetweenTheStagesThroughTheQueuesAndEachIsAnalyzedOnce()
    {
        await using var app = Host();
        using var client = app.CreateClient();
        for (var n = 0; n < 3; n++)
        {
            await DropTranscriptAsync(app, n);
        }

        await app.DropAsync(calls.SmallTalkWav, "small-talk.wav");

        var finished = await app.WaitForFinishedCallsAsync(4, TimeSpan.FromMinutes(3));
        Assert.Equal(4, finished.Count);
        Assert.All(finished, c => Assert.Equal("analyzed", c.Status));

        await using var db = await app.Services.GetRequiredService<IDbContextFactory<CallCoachDbContext>>().CreateDbContextAsync();
        var history = await db.CallTransitions.AsNoTracking().OrderBy(t => t.Id).ToListAsync();
        Assert.All(finished, c => Assert.Single(history, t => t.CallId == c.Id && t.To == CallStatus.Analyzed));
        // The recording went received → transcribed → analyzed, its transcript crossing through the analyze queue.
        var recording = finished.Single(c => c.FileName == "small-talk.wav");
        Assert.Equal(
            [CallStatus.Received, CallStatus.Transcribed, CallStatus.Analyzed],
            history.Where(t => t.CallId == recording.Id).Select(t => t.To));
        Assert.All(await db.Calls.AsNoTracking().ToListAsync(), c => Assert.NotNull(c.QueuedAt));

        // Every message was finished and deleted: nothing is left for another instance to take again.
        foreach (var stage in (string[])["transcribe", "analyze"])
        {
            var properties = await Queue(stage).GetPropertiesAsync();
            Assert.Equal(0, properties.Value.ApproximateMessagesCount);
        }
    }

    [Fact]
    public async Task AMessageThatIsNotACallOrWasTakenTooOftenGoesToThePoisonQueue()
    {
        var transcribe = Queue("transcribe");
        await transcribe.CreateIfNotExistsAsync();
        await transcribe.SendMessageAsync("not a call id");
        // Taken once by a consumer that then died: visible again a moment later, with a dequeue count of 1.
        var dying = Guid.NewGuid().ToString();
        await transcribe.SendMessageAsync(dying);
        await transcribe.ReceiveMessagesAsync(32, TimeSpan.FromSeconds(1));
        await Task.Delay(TimeSpan.FromSeconds(1.5));

        await using var app = Host(maxDequeueCount: 1);
        using var client = app.CreateClient();
        var poison = Queue("poison");
        var deadline = DateTime.UtcNow.AddMinutes(1);
        List<string> poisoned;
        do
        {
            await Task.Delay(200);
            poisoned = (await poison.ExistsAsync()).Value
                ? [.. (await poison.PeekMessagesAsync(32)).Value.Select(m => m.MessageText)]
                : [];
        }
        while (poisoned.Count < 2 && DateTime.UtcNow < deadline);

        Assert.Contains(poisoned, m => m.Contains("'not a call id' is not a call id", StringComparison.Ordinal));
        Assert.Contains(poisoned, m => m.Contains(dying, StringComparison.Ordinal) && m.Contains("taken 2 times", StringComparison.Ordinal));
        Assert.Equal(0, (await transcribe.GetPropertiesAsync()).Value.ApproximateMessagesCount);
    }

    [Fact]
    public async Task ARoleSubsetOverChannelsStopsTheStartWithWhatToSet()
    {
        await using var app = new CallCoachApplication(data.Path);
        app.Settings["Roles"] = "transcribe,analyze";

        var refused = Assert.ThrowsAny<Exception>(() => app.CreateClient());

        var message = refused is OptionsValidationException ? refused.Message : refused.ToString();
        Assert.Contains("Work:Transport=Queues", message, StringComparison.Ordinal);
    }

    public void Dispose() => data.Dispose();
}
