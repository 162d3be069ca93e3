using System.Text.Json;
using CallCoach.CoachingApi.Cli;
using CallCoach.Testing;

namespace CallCoach.CoachingApi.Tests.Cli;

[Collection(GeneratedCallsCollection.Name)]
public sealed class EnrollCommandTests(GeneratedCalls calls) : IDisposable
{
    private readonly TempDirectory data = new("enroll");

    private KeyValuePair<string, string?>[] Settings => [new("Data:Models", RepositoryPaths.Models), new("Data:Root", data.Path)];

    private string Voices => Path.Combine(data.Path, "voices");

    private async Task<(int Exit, string Stdout, string Stderr)> EnrollAsync(params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var exit = await EnrollCommand.RunAsync(args, stdout, stderr, Settings);
        return (exit, stdout.ToString(), stderr.ToString());
    }

    private async Task<JsonElement[]> SegmentsAsync(params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var exit = await AnalyzeCommand.RunAsync(args, stdout, stderr, Settings);
        Assert.True(exit == 0, stderr.ToString());
        using var json = JsonDocument.Parse(stdout.ToString());
        return [.. json.RootElement.GetProperty("segments").EnumerateArray().Select(s => s.Clone())];
    }

    [Fact]
    public async Task EnrollWritesTheRepsVoiceProfileUnderTheDataRoot()
    {
        var (exit, stdout, stderr) = await EnrollAsync("r7", calls.RepAloneWav);

        Assert.True(exit == 0, stderr);
        var path = Path.Combine(Voices, "r7.json");
        Assert.Contains(path, stdout, StringComparison.Ordinal);
        using var profile = JsonDocument.Parse(await File.ReadAllTextAsync(path));
        Assert.Equal("r7", profile.RootElement.GetProperty("repId").GetString());
        Assert.Equal(24, profile.RootElement.GetProperty("mean").GetArrayLength());
        Assert.InRange(profile.RootElement.GetProperty("speechSeconds").GetDouble(), 5, 60);
    }

    [Fact]
    public async Task AMonoCallTheCustomerOpensIsLabelledByTheRepsEnrolledVoice()
    {
        var meta = Path.Combine(data.Path, "call.json");
        await File.WriteAllTextAsync(meta, """{"repId":"r7"}""");

        // Without a profile the first voice is taken for the rep's, which is wrong on this call.
        var guessed = await SegmentsAsync(calls.CustomerFirstMonoWav, "--meta", meta);
        Assert.Equal(0, (await EnrollAsync("r7", calls.RepAloneWav)).Exit);
        var known = await SegmentsAsync(calls.CustomerFirstMonoWav, "--meta", meta);

        Assert.Equal("rep", guessed[0].GetProperty("speaker").GetString());
        Assert.Equal(
            ["customer", "rep", "customer", "rep", "customer", "rep"],
            known.Select(s => s.GetProperty("speaker").GetString()));
    }

    [Theory]
    [InlineData("../r7")]
    [InlineData("team/r7")]
    [InlineData("r7\0")]
    [InlineData(".r7")]
    [InlineData("")]
    public async Task AnUnsafeRepIdIsRefusedAndNothingIsWritten(string repId)
    {
        var (exit, stdout, stderr) = await EnrollAsync(repId, calls.RepAloneWav);

        Assert.Equal(2, exit);
        Assert.Empty(stdout);
        Assert.Contains("cannot be used", stderr, StringComparison.Ordinal);
        Assert.DoesNotContain('\0', stderr);
        Assert.Empty(Directory.GetFileSystemEntries(data.Path));
    }

    [Fact]
    public async Task ATranscriptCannotBeEnrolled()
    {
        var vtt = Path.Combine(data.Path, "call.vtt");
        await File.WriteAllTextAsync(vtt, "WEBVTT\n\n00:00:00.500 --> 00:00:04.000\n<v Anna>Hello there.\n");

        var (exit, _, stderr) = await EnrollAsync("r7", vtt);

        Assert.Equal(1, exit);
        Assert.Contains("not a transcript", stderr, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Voices));
    }

    [Theory]
    [InlineData]
    [InlineData("r7")]
    [InlineData("r7", "a.wav", "b.wav")]
    public async Task WrongArgumentsPrintTheUsage(params string[] args)
    {
        var (exit, _, stderr) = await EnrollAsync(args);

        Assert.Equal(2, exit);
        Assert.Contains("usage: callcoach enroll <repId> <audio>", stderr, StringComparison.Ordinal);
    }

    public void Dispose() => data.Dispose();
}
