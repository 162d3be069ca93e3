using CallCoach.Testing;

namespace CallCoach.CoachingApi.Tests;

/// <summary>
/// Synthetic calls built once for all API tests: the two-minute trial call as stereo WAV and MP3, small talk, and
/// short mono calls for diarization (with who spoke when as RTTM) and the rep alone for enrollment.
/// </summary>
public sealed class GeneratedCalls : IAsyncLifetime, IDisposable
{
    private readonly TempDirectory folder = new("calls");

    public string TrialCallWav => folder.File("trial-call.wav");
    public string TrialCallMp3 => folder.File("trial-call.mp3");
    public string SmallTalkWav => folder.File("small-talk.wav");

    /// <summary>Six turns of the trial call mixed to mono, the rep (slt) first; its truth turns in <see cref="RepFirstMonoRttm"/>.</summary>
    public string RepFirstMonoWav => folder.File("rep-first-mono.wav");
    public string RepFirstMonoRttm => folder.File("rep-first-mono.rttm");
    public static IReadOnlyList<CallTurn> RepFirstTurns { get; } = [.. SalesCalls.TwoMinuteTrialCall.Take(6)];

    /// <summary>Six turns of the trial call mixed to mono, the customer (rms) first.</summary>
    public string CustomerFirstMonoWav => folder.File("customer-first-mono.wav");

    /// <summary>The rep's voice (slt) alone, in sentences the calls above do not use.</summary>
    public string RepAloneWav => folder.File("rep-alone.wav");

    public async Task InitializeAsync()
    {
        await FliteCall.BuildAsync(TrialCallWav, SalesCalls.TwoMinuteTrialCall);
        await Tools.RunAsync("sox", TrialCallWav, TrialCallMp3);
        await FliteCall.BuildAsync(SmallTalkWav, SalesCalls.SmallTalk);
        await FliteCall.BuildAsync(RepFirstMonoWav, RepFirstTurns, stereo: false, rttm: RepFirstMonoRttm);
        await FliteCall.BuildAsync(CustomerFirstMonoWav, [.. SalesCalls.TwoMinuteTrialCall.Skip(1).Take(6)], stereo: false);
        await FliteCall.BuildAsync(RepAloneWav, [.. SalesCalls.TwoMinuteTrialCall.Skip(8).Where(t => t.Party == Party.Rep)], stereo: false);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose() => folder.Dispose();
}

[CollectionDefinition(Name)]
public sealed class GeneratedCallsCollection : ICollectionFixture<GeneratedCalls>
{
    public const string Name = "generated calls";
}
