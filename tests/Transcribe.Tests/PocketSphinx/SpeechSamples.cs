using CallCoach.Testing;

namespace CallCoach.Transcribe.Tests.PocketSphinx;

/// <summary>Flite sentences and a short stereo call, synthesised once for all recognizer tests.</summary>
public sealed class SpeechSamples : IAsyncLifetime
{
    public static readonly string[] Sentences =
    [
        "Could you tell me how your team handles customer support requests at the moment?",
        "Most teams are ready in one week.",
        "I will send the summary today and I look forward to talking with you on Friday.",
    ];

    /// <summary>The first four turns of the trial call: rep, customer, rep, customer.</summary>
    public static readonly IReadOnlyList<CallTurn> CallTurns = [.. SalesCalls.TwoMinuteTrialCall.Take(4)];

    private readonly TempDirectory folder = new("transcribe-speech");

    public short[][] SentenceSamples { get; private set; } = [];

    /// <summary>Left: the rep (slt); right: the customer (rms).</summary>
    public short[][] StereoCall { get; private set; } = [];

    public async Task InitializeAsync()
    {
        var sentences = Sentences.Select(s => Speech.SynthesizeAsync(folder.Path, s)).ToList();
        var call = await FliteCall.BuildAsync(folder.File("call.wav"), CallTurns);
        StereoCall = await Speech.ChannelsAsync(call, 2);
        SentenceSamples = await Task.WhenAll(sentences);
    }

    public Task DisposeAsync()
    {
        folder.Dispose();
        return Task.CompletedTask;
    }
}

[CollectionDefinition(Name)]
public sealed class RecognizerCollection : ICollectionFixture<SpeechSamples>
{
    public const string Name = "PocketSphinx";
}
