using System.Text.Json;
using CallCoach.Analyze.Classification;
using CallCoach.CoachingApi.Cli;
using CallCoach.CoachingApi.Tests.Models;
using CallCoach.Testing;

namespace CallCoach.CoachingApi.Tests.Cli;

[Collection(GeneratedCallsCollection.Name)]
public sealed class TrainCommandTests(GeneratedCalls calls) : IDisposable
{
    private readonly TempDirectory folder = new("train");

    public void Dispose() => folder.Dispose();

    private async Task<(int Exit, string Stdout, string Stderr)> RunAsync(string[] args, params KeyValuePair<string, string?>[] settings)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var models = settings.Any(s => s.Key == "Data:Models") ? [] : new KeyValuePair<string, string?>[] { new("Data:Models", RepositoryPaths.Models) };
        var exit = await TrainCommand.RunAsync(args, stdout, stderr, [.. models, .. settings]);
        return (exit, stdout.ToString(), stderr.ToString());
    }

    [Fact]
    public async Task TrainLmBuildsTheModelAndACardNamingItsCorpus()
    {
        var corpus = Directory.CreateDirectory(folder.File("corpus")).FullName;
        await File.WriteAllLinesAsync(Path.Combine(corpus, "calls.txt"), ["Our renewal rate is high.", "Procurement wants a pilot first.", "Send the quote to Qwzx."]);

        var (exit, stdout, stderr) = await RunAsync(["lm", "--corpus", corpus, "--out", folder.File("out/sales.arpa")]);

        Assert.True(exit == 0, stderr);
        Assert.Contains("3 turns", stdout, StringComparison.Ordinal);
        Assert.Contains("qwzx", stdout, StringComparison.Ordinal);
        Assert.StartsWith("\n\\data\\", (await File.ReadAllTextAsync(folder.File("out/sales.arpa"))).ReplaceLineEndings("\n"), StringComparison.Ordinal);
        using var card = JsonDocument.Parse(await File.ReadAllTextAsync(folder.File("out/sales.json")));
        Assert.Equal("sales.arpa", card.RootElement.GetProperty("model").GetString());
        Assert.Equal(3, card.RootElement.GetProperty("turns").GetInt32());
        Assert.Equal(64, card.RootElement.GetProperty("corpusSha256").GetString()!.Length);
    }

    [Fact]
    public async Task TrainLmRebuildsAMissingModelInsteadOfFailingOnIt()
    {
        var corpus = Directory.CreateDirectory(folder.File("corpus")).FullName;
        await File.WriteAllLinesAsync(Path.Combine(corpus, "calls.txt"), ["The pilot starts Monday."]);

        var (exit, _, stderr) = await RunAsync(
            ["lm", "--corpus", corpus],
            Setting("Transcribe:PocketSphinx:DomainLanguageModel", folder.File("gone/sales.arpa")));

        Assert.True(exit == 0, stderr);
        Assert.True(File.Exists(folder.File("gone/sales.arpa")));
    }

    [Fact]
    public async Task MissingCorpusFolderIsAClearError()
    {
        var (exit, _, stderr) = await RunAsync(["lm", "--corpus", folder.File("nowhere"), "--out", folder.File("x.arpa")]);

        Assert.Equal(1, exit);
        Assert.Contains("nowhere", stderr, StringComparison.Ordinal);
        Assert.False(File.Exists(folder.File("x.arpa")));
    }

    [Fact]
    public async Task TrainObjectionWritesTheModelAndItsCardFromTheDataFolder()
    {
        var models = folder.File("models");
        SmallTrainingData.Create(Path.Combine(models, "data"));

        var (exit, stdout, stderr) = await RunAsync(["objection"], Setting("Data:Models", models));

        Assert.True(exit == 0, stderr);
        Assert.Contains("cross-validated macro-F1", stdout, StringComparison.Ordinal);
        Assert.Contains("held-out test set:", stdout, StringComparison.Ordinal);
        var loaded = ModelFile.Load(ClassifierKind.Objection, Path.Combine(models, "objection.zip"));
        Assert.Equal(9 * 6 * 2, loaded.Card.Examples.Values.Sum());
        Assert.False(File.Exists(Path.Combine(models, "act.zip")));
    }

    [Theory]
    [InlineData("")]
    [InlineData("lm --bogus x")]
    [InlineData("kws")]
    [InlineData("sentiment")]
    public async Task UnknownUsageShowsTheUsage(string args)
    {
        var (exit, _, stderr) = await RunAsync(args.Split(' ', StringSplitOptions.RemoveEmptyEntries));

        Assert.Equal(2, exit);
        Assert.Contains("usage: callcoach train", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TrainKwsWritesThresholdsTunedOnTheGivenCalls()
    {
        var tune = Directory.CreateDirectory(folder.File("tune")).FullName;
        File.Copy(calls.TrialCallWav, Path.Combine(tune, "trial.wav"));
        await File.WriteAllTextAsync(Path.Combine(tune, "trial.rep.txt"), Said(Party.Rep));
        await File.WriteAllTextAsync(Path.Combine(tune, "trial.customer.txt"), Said(Party.Customer));
        var keywords = folder.File("keywords.tsv");
        File.Copy(Path.Combine(RepositoryPaths.Models, "lm", "keywords.tsv"), keywords);

        var (exit, stdout, stderr) = await RunAsync(["kws", tune], Setting("Transcribe:PocketSphinx:Keywords", keywords));

        Assert.True(exit == 0, stderr);
        Assert.Contains("Tuning split, with spotting: precision", stdout, StringComparison.Ordinal);
        var lines = await File.ReadAllLinesAsync(keywords);
        Assert.Contains(lines, l => l.StartsWith("# Keyword-spotting thresholds", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("# Not spotted", StringComparison.Ordinal));
        Assert.All(lines.Where(l => !l.StartsWith('#')), l => Assert.Matches(@"^[a-z ]+\t-?\d+$", l));
    }

    private static KeyValuePair<string, string?> Setting(string key, string value) => new(key, value);

    private static string Said(Party party) =>
        string.Join('\n', SalesCalls.TwoMinuteTrialCall.Where(t => t.Party == party).Select(t => t.Text));
}
