using System.Text.Json;
using CallCoach.CoachingApi.Cli;
using CallCoach.Testing;

namespace CallCoach.CoachingApi.Tests.Cli;

[Collection(GeneratedCallsCollection.Name)]
public sealed class AnalyzeCommandTests(GeneratedCalls calls) : IDisposable
{
    private readonly TempDirectory folder = new("cli");

    private static async Task<(int Exit, string Stdout, string Stderr)> RunAsync(params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var exit = await AnalyzeCommand.RunAsync(args, stdout, stderr, [new("Data:Models", RepositoryPaths.Models)]);
        return (exit, stdout.ToString(), stderr.ToString());
    }

    [Theory]
    [InlineData("wav")]
    [InlineData("mp3")]
    public async Task AnalyzePrintsTheCallAsJsonForAudio(string format)
    {
        var (exit, stdout, stderr) = await RunAsync(format == "wav" ? calls.TrialCallWav : calls.TrialCallMp3);

        Assert.True(exit == 0, stderr);
        using var json = JsonDocument.Parse(stdout);
        var root = json.RootElement;
        Assert.InRange(root.GetProperty("durationSeconds").GetDouble(), 90, 180);
        Assert.True(root.GetProperty("effective").GetBoolean());
        Assert.Contains(root.GetProperty("keywords").EnumerateArray(), k => k.GetProperty("term").GetString() == "trial period" && k.GetProperty("count").GetInt32() >= 2);
        var speakers = root.GetProperty("segments").EnumerateArray().Select(s => s.GetProperty("speaker").GetString()).ToHashSet();
        Assert.Equal(["customer", "rep"], speakers.Order());
        var first = root.GetProperty("segments")[0];
        Assert.True(first.GetProperty("end").GetDouble() > first.GetProperty("start").GetDouble());
        Assert.False(string.IsNullOrWhiteSpace(first.GetProperty("text").GetString()));
    }

    [Fact]
    public async Task AnalyzePrintsTheCallAsJsonForATranscriptWithItsSidecar()
    {
        var vtt = folder.File("call.vtt");
        await File.WriteAllTextAsync(vtt, "WEBVTT\n\n00:00:00.500 --> 00:00:04.000\n<v Bob>Is there a trial period?\n\n00:01:29.000 --> 00:01:29.900\n<v Anna>Yes.\n");
        var meta = folder.File("meta.json");
        await File.WriteAllTextAsync(meta, """{"repName":"Anna"}""");

        var (exit, stdout, _) = await RunAsync(vtt, "--meta", meta);

        Assert.Equal(0, exit);
        using var json = JsonDocument.Parse(stdout);
        Assert.Equal(89.9, json.RootElement.GetProperty("durationSeconds").GetDouble());
        Assert.False(json.RootElement.GetProperty("effective").GetBoolean());
        Assert.Equal(["customer", "rep"], json.RootElement.GetProperty("segments").EnumerateArray().Select(s => s.GetProperty("speaker").GetString()));
        Assert.Equal("Is there a trial period?", json.RootElement.GetProperty("segments")[0].GetProperty("text").GetString());
    }

    [Fact]
    public async Task UnreadableInputExitsNonZeroWithOneLineOnStderr()
    {
        var bad = folder.File("broken.wav");
        await File.WriteAllTextAsync(bad, "RIFF but not really");

        var (exit, stdout, stderr) = await RunAsync(bad);

        Assert.NotEqual(0, exit);
        Assert.Empty(stdout);
        Assert.Single(stderr.TrimEnd().Split('\n'));
        Assert.Contains("broken.wav", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AMissingFileExitsNonZero()
    {
        var (exit, _, stderr) = await RunAsync(folder.File("nowhere.wav"));

        Assert.Equal(1, exit);
        Assert.Contains("no such file", stderr, StringComparison.Ordinal);
    }

    public void Dispose() => folder.Dispose();
}
