using System.Text.Json;
using CallCoach.CoachingApi.Benchmark;
using CallCoach.CoachingApi.Cli;
using CallCoach.Testing;

namespace CallCoach.CoachingApi.Tests.Cli;

[Collection(GeneratedCallsCollection.Name)]
public sealed class BenchCommandTests(GeneratedCalls calls) : IDisposable
{
    private const string LibriVox = "/usr/share/pocketsphinx/test/data/librivox";
    private readonly TempDirectory folder = new("bench");

    private static async Task<(int Exit, string Stdout, string Stderr)> RunAsync(params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var exit = await BenchCommand.RunAsync(args, stdout, stderr, [new("Data:Models", RepositoryPaths.Models)]);
        return (exit, stdout.ToString(), stderr.ToString());
    }

    private static string Said(Party party) => Said(SalesCalls.TwoMinuteTrialCall, party);

    private static string Said(IReadOnlyList<CallTurn> turns, Party? party) =>
        string.Join('\n', turns.Where(t => party is null || t.Party == party).Select(t => t.Text));

    [Fact]
    public async Task AStereoCallIsScoredPerSpeakerWithItsKeywords()
    {
        File.Copy(calls.TrialCallWav, folder.File("trial.wav"));
        await File.WriteAllTextAsync(folder.File("trial.rep.txt"), Said(Party.Rep));
        await File.WriteAllTextAsync(folder.File("trial.customer.txt"), Said(Party.Customer));

        var (exit, stdout, stderr) = await RunAsync("asr", folder.Path, "--json");

        Assert.True(exit == 0, stderr);
        var report = JsonSerializer.Deserialize(stdout, BenchmarkJson.Default.BenchmarkReport)!;
        var file = Assert.Single(report.Files);
        Assert.True(file.SpeakerAttributed);
        Assert.Equal(6, file.ReferenceKeywords);
        Assert.InRange(file.WordErrorRate, 0.0, 0.2);
        Assert.InRange(file.KeywordRecall!.Value, 0.5, 1.0);
        Assert.InRange(file.KeywordPrecision!.Value, 0.8, 1.0);
        Assert.InRange(file.RealTimeFactor, 0.001, 5);
        Assert.True(file.PeakMemoryMegabytes > 0);
        Assert.Equal(file.WordErrors, report.Overall.WordErrors);
        // Each speaker's first turn is scored on its own too: the seconds before a decoder has adapted.
        Assert.InRange(file.FirstTurnWordErrorRate!.Value, 0.0, 0.5);
    }

    [Fact]
    public async Task AMonoCallWithItsTruthTurnsIsScoredForWhoSpokeWhen()
    {
        File.Copy(calls.RepFirstMonoWav, folder.File("mono.wav"));
        File.Copy(calls.RepFirstMonoRttm, folder.File("mono.rttm"));
        await File.WriteAllTextAsync(folder.File("mono.rep.txt"), Said(GeneratedCalls.RepFirstTurns, Party.Rep));
        await File.WriteAllTextAsync(folder.File("mono.customer.txt"), Said(GeneratedCalls.RepFirstTurns, Party.Customer));

        var (exit, stdout, stderr) = await RunAsync("asr", folder.Path, "--json");

        Assert.True(exit == 0, stderr);
        var file = Assert.Single(JsonSerializer.Deserialize(stdout, BenchmarkJson.Default.BenchmarkReport)!.Files);
        Assert.True(file.SpeakerAttributed);
        Assert.InRange(file.WordErrorRate, 0.0, 0.3);
        Assert.InRange(file.DiarizationErrorRate!.Value, 0.0, 0.15);
        Assert.InRange(file.ScoredSpeechSeconds!.Value, 15, file.AudioSeconds);
    }

    [Fact]
    public async Task TheTableShowsTheDiarizationErrorRateOnlyWhereThereAreTruthTurns()
    {
        File.Copy(calls.RepFirstMonoWav, folder.File("mono.wav"));
        File.Copy(calls.RepFirstMonoRttm, folder.File("mono.rttm"));
        File.Copy(calls.RepFirstMonoWav, folder.File("plain.wav"));
        await File.WriteAllTextAsync(folder.File("mono.txt"), Said(GeneratedCalls.RepFirstTurns, party: null));
        await File.WriteAllTextAsync(folder.File("plain.txt"), Said(GeneratedCalls.RepFirstTurns, party: null));

        var (exit, stdout, stderr) = await RunAsync("asr", folder.Path);

        Assert.True(exit == 0, stderr);
        var lines = stdout.Split('\n');
        Assert.Contains("DER", lines[0], StringComparison.Ordinal);
        var der = Array.IndexOf(lines[0].Split(' ', StringSplitOptions.RemoveEmptyEntries), "DER") - 1; // the header's "audio s" is two words
        Assert.Equal("-", lines.Single(l => l.StartsWith("plain.wav", StringComparison.Ordinal)).Split(' ', StringSplitOptions.RemoveEmptyEntries)[der]);
        var mono = double.Parse(lines.Single(l => l.StartsWith("mono.wav", StringComparison.Ordinal)).Split(' ', StringSplitOptions.RemoveEmptyEntries)[der], System.Globalization.CultureInfo.InvariantCulture);
        Assert.InRange(mono, 0.0, 0.15);
        Assert.Contains(lines, l => l.StartsWith("DER: diarization error rate", StringComparison.Ordinal));
    }

    [Fact]
    public async Task SwappedSpeakerReferencesScoreFarWorseThanTheRightOnes()
    {
        // Speaker attribution is really checked: the rep's words scored against the customer's script fail.
        File.Copy(calls.TrialCallWav, folder.File("swapped.wav"));
        await File.WriteAllTextAsync(folder.File("swapped.rep.txt"), Said(Party.Customer));
        await File.WriteAllTextAsync(folder.File("swapped.customer.txt"), Said(Party.Rep));

        var (exit, stdout, _) = await RunAsync("asr", folder.Path, "--json");

        Assert.Equal(0, exit);
        Assert.True(JsonSerializer.Deserialize(stdout, BenchmarkJson.Default.BenchmarkReport)!.Overall.WordErrorRate > 0.6);
    }

    [Fact]
    public async Task TheLibriVoxClipsAreReadFromTheirSphinxTranscriptionFile()
    {
        var (exit, stdout, stderr) = await RunAsync("asr", LibriVox);

        Assert.True(exit == 0, stderr);
        var lines = stdout.Split('\n');
        Assert.Equal(5, lines.Count(l => l.StartsWith("sense_and_sensibility", StringComparison.Ordinal)));
        var overall = lines.Single(l => l.StartsWith("overall", StringComparison.Ordinal)).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        Assert.InRange(double.Parse(overall[3], System.Globalization.CultureInfo.InvariantCulture), 0.05, 0.45);
    }

    [Fact]
    public async Task AudioWithoutAReferenceIsSkippedAndAnEmptySetIsAnError()
    {
        File.Copy(calls.SmallTalkWav, folder.File("lonely.wav"));

        var (exit, stdout, stderr) = await RunAsync("asr", folder.Path);

        Assert.Equal(1, exit);
        Assert.Empty(stdout);
        Assert.Contains("lonely.wav: no reference transcript", stderr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData]
    [InlineData("asr")]
    [InlineData("wer", "/tmp")]
    public async Task WrongArgumentsPrintTheUsage(params string[] args)
    {
        var (exit, _, stderr) = await RunAsync(args);

        Assert.Equal(2, exit);
        Assert.Contains("usage: callcoach bench asr", stderr, StringComparison.Ordinal);
    }

    public void Dispose() => folder.Dispose();
}
