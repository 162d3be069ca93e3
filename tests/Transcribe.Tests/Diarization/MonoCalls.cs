using CallCoach.Testing;
using CallCoach.Transcribe.Evaluation;

namespace CallCoach.Transcribe.Tests.Diarization;

/// <summary>Mono flite calls with their truth turns, synthesised once for the diarization tests.</summary>
public sealed class MonoCalls : IAsyncLifetime
{
    /// <summary>Six turns of the trial call, the rep first.</summary>
    public static readonly IReadOnlyList<CallTurn> RepFirst = [.. SalesCalls.TwoMinuteTrialCall.Take(6)];

    /// <summary>Six turns of the trial call starting with the customer, as on a call the customer made.</summary>
    public static readonly IReadOnlyList<CallTurn> CustomerFirst = [.. SalesCalls.TwoMinuteTrialCall.Skip(1).Take(6)];

    /// <summary>The rep alone, saying things the calls above do not: what `callcoach enroll` would be given.</summary>
    public static readonly IReadOnlyList<CallTurn> RepAlone = [.. SalesCalls.TwoMinuteTrialCall.Skip(8).Where(t => t.Party == Party.Rep)];

    private readonly TempDirectory folder = new("mono-calls");

    /// <summary>Rep slt (female), customer rms (male).</summary>
    public Call FemaleAndMale { get; private set; } = null!;

    /// <summary>Rep awb (Scottish male), customer rms (American male): the hardest pair of the flite voices.</summary>
    public Call TwoMen { get; private set; } = null!;

    /// <summary>Every turn in rms's voice: one speaker.</summary>
    public Call OneVoice { get; private set; } = null!;

    /// <summary>Rep slt, customer rms, the customer speaking first.</summary>
    public Call CustomerSpeaksFirst { get; private set; } = null!;

    /// <summary>slt alone, for enrollment.</summary>
    public short[] RepEnrollment { get; private set; } = [];

    public async Task InitializeAsync()
    {
        FemaleAndMale = await BuildAsync("female-male", RepFirst, "slt", "rms");
        TwoMen = await BuildAsync("two-men", RepFirst, "awb", "rms");
        OneVoice = await BuildAsync("one-voice", RepFirst, "rms", "rms");
        CustomerSpeaksFirst = await BuildAsync("customer-first", CustomerFirst, "slt", "rms");
        RepEnrollment = (await BuildAsync("enrollment", RepAlone, "slt", "rms")).Samples;
    }

    private async Task<Call> BuildAsync(string name, IReadOnlyList<CallTurn> turns, string repVoice, string customerVoice)
    {
        var wav = await FliteCall.BuildAsync(folder.File($"{name}.wav"), turns, stereo: false, repVoice, customerVoice, rttm: folder.File($"{name}.rttm"));
        return new Call(await Speech.SamplesAsync(wav), Rttm.Parse(await File.ReadAllLinesAsync(folder.File($"{name}.rttm"))));
    }

    public Task DisposeAsync()
    {
        folder.Dispose();
        return Task.CompletedTask;
    }

    public sealed record Call(short[] Samples, IReadOnlyList<SpeakerTurn> Truth);
}

[CollectionDefinition(Name)]
public sealed class MonoCallsCollection : ICollectionFixture<MonoCalls>
{
    public const string Name = "mono calls";
}
