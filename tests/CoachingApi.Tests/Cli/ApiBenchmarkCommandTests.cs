using System.Text.Json;
using CallCoach.CoachingApi.Cli;
using CallCoach.Testing;

namespace CallCoach.CoachingApi.Tests.Cli;

public sealed class ApiBenchmarkCommandTests : IDisposable
{
    private readonly TempDirectory data = new("bench-api");

    [Fact]
    public async Task BenchApiOnASmallStoreAnswersEveryQueryKindWithoutOneError()
    {
        var options = ApiBenchmarkCommand.Parse(["--data", data.Path, "--reps", "20", "--calls-per-rep", "6", "--rate", "20", "--seconds", "2"])!;
        using var stdout = new StringWriter();

        Assert.Equal(0, await ApiBenchmarkCommand.RunAsync(options, json: true, stdout, TextWriter.Null, CancellationToken.None));

        var report = JsonSerializer.Deserialize(stdout.ToString(), ApiBenchJson.Default.ApiBenchmarkReport)!;
        Assert.Equal(120, report.Calls);
        Assert.Equal(["all", "pack", "rep radar", "rep radar.svg", "team packs", "team radar"], report.Latencies.Select(l => l.Kind).Order(StringComparer.Ordinal));
        // Every request passes authentication and scope checks: a 401 or 403 would count as an error.
        Assert.All(report.Latencies, l => Assert.True(l.Errors == 0 && l.Requests > 0, $"{l.Kind}: {l.Errors} errors of {l.Requests}"));
    }

    public void Dispose() => data.Dispose();
}
