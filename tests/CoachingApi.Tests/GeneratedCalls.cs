using CallCoach.Testing;

namespace CallCoach.CoachingApi.Tests;

/// <summary>Synthetic calls built once for all API tests: the two-minute trial call as stereo WAV and MP3, and small talk.</summary>
public sealed class GeneratedCalls : IAsyncLifetime, IDisposable
{
    private readonly TempDirectory folder = new("calls");

    public string TrialCallWav => folder.File("trial-call.wav");
    public string TrialCallMp3 => folder.File("trial-call.mp3");
    public string SmallTalkWav => folder.File("small-talk.wav");

    public async Task InitializeAsync()
    {
        await FliteCall.BuildAsync(TrialCallWav, SalesCalls.TwoMinuteTrialCall);
        await Tools.RunAsync("sox", TrialCallWav, TrialCallMp3);
        await FliteCall.BuildAsync(SmallTalkWav, SalesCalls.SmallTalk);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose() => folder.Dispose();
}

[CollectionDefinition(Name)]
public sealed class GeneratedCallsCollection : ICollectionFixture<GeneratedCalls>
{
    public const string Name = "generated calls";
}
