using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.RegularExpressions;
using CallCoach.Ingest.Intake;
using CallCoach.Testing.Fuzzing;
using Xunit.Abstractions;

namespace CallCoach.Ingest.Tests.Intake;

/// <summary>
/// Thousands of mutated WAV, MP3, WebVTT, SRT and sidecar inputs through the real intake, each accepted one then read
/// to its end the way a recognizer reads it. Transcription and analysis of a few hundred run in the API tests
/// (FuzzedUploadsTests); see docs/decisions/018-signed-ingestion-and-hostile-input.md.
/// </summary>
public sealed class IntakeFuzzTests(ITestOutputHelper output)
{
    public const int InputCount = 4_000;
    public const int Seed = 20_260_301;
    private static readonly TimeSpan PerInput = TimeSpan.FromSeconds(20);

    [Fact]
    public async Task EveryMutatedInputIsAcceptedAndReadOrQuarantinedWithAReasonAndNoneIsLost()
    {
        using var harness = await IntakeHarness.CreateAsync();
        var read = new ConcurrentDictionary<Guid, string?>();
        var reading = Task.Run(() => ReadAcceptedAsync(harness, read));
        var outcomes = new Dictionary<IntakeOutcome, int> { [IntakeOutcome.Accepted] = 0, [IntakeOutcome.Duplicate] = 0, [IntakeOutcome.Quarantined] = 0 };
        var crashes = new List<string>();
        var quarantinedWithSidecar = 0;
        var reasons = new Dictionary<string, int>();
        var seeds = await FuzzSeeds.BuildAsync();
        var clock = Stopwatch.StartNew();

        foreach (var input in FuzzCorpus.Generate(seeds, InputCount, Seed))
        {
            var path = harness.InInbox(input.Name);
            await File.WriteAllBytesAsync(path, input.Content);
            if (input.Sidecar is not null)
            {
                await File.WriteAllBytesAsync(Path.ChangeExtension(path, ".json"), input.Sidecar);
            }

            var started = Stopwatch.GetTimestamp();
            try
            {
                var result = await harness.Intake.AcceptAsync(path, CancellationToken.None).WaitAsync(PerInput);
                outcomes[result.Outcome]++;
                Assert.True(result.Outcome == IntakeOutcome.Accepted || !string.IsNullOrWhiteSpace(result.Reason), $"{input} has no reason");
                quarantinedWithSidecar += result.Outcome == IntakeOutcome.Quarantined && input.Sidecar is not null ? 1 : 0;
                var kind = result.Outcome == IntakeOutcome.Quarantined ? ReasonKind(result.Reason!) : result.Outcome.ToString();
                reasons[kind] = reasons.GetValueOrDefault(kind) + 1;
            }
            catch (TimeoutException)
            {
                Assert.Fail($"{input} took more than {PerInput.TotalSeconds} s");
            }
            catch (Exception e)
            {
                crashes.Add($"{input}: {e.GetType().Name}: {e.Message}");
            }

            Assert.True(Stopwatch.GetElapsedTime(started) < PerInput, $"{input} was slow");
        }

        harness.Channels.ToTranscribe.Writer.Complete();
        harness.Channels.ToAnalyze.Writer.Complete();
        await reading;

        var readFailures = read.Where(r => r.Value is not null).Select(r => r.Value!).ToList();
        output.WriteLine($"{InputCount} inputs (seed {Seed}) in {clock.Elapsed.TotalSeconds:F1} s: " +
            $"{outcomes[IntakeOutcome.Accepted]} accepted ({read.Count - readFailures.Count} read to the end, {readFailures.Count} failed with a reason), " +
            $"{outcomes[IntakeOutcome.Quarantined]} quarantined, {outcomes[IntakeOutcome.Duplicate]} duplicates, {crashes.Count} crashed");
        foreach (var (kind, count) in reasons.OrderByDescending(r => r.Value).Take(25))
        {
            output.WriteLine($"{count,6}  {kind}");
        }

        foreach (var failure in readFailures.Take(10))
        {
            output.WriteLine($"read failure: {failure}");
        }

        Assert.True(crashes.Count == 0, string.Join('\n', crashes.Take(20)));
        Assert.Equal(InputCount, outcomes.Values.Sum());
        Assert.Equal(outcomes[IntakeOutcome.Accepted], read.Count);
        Assert.Equal(outcomes[IntakeOutcome.Accepted], (await harness.CallsAsync()).Count);
        Assert.Empty(Directory.EnumerateFiles(harness.Data.Inbox));

        // Nothing vanished: every quarantined input and every duplicate sits in its bin with its reason beside it.
        AssertBinHolds(harness.Data.Quarantine, outcomes[IntakeOutcome.Quarantined]);
        AssertBinHolds(harness.Duplicates, outcomes[IntakeOutcome.Duplicate]);
        Assert.Equal(outcomes[IntakeOutcome.Accepted], Directory.EnumerateFiles(harness.Data.Archive).Count(f => !f.EndsWith(".json", StringComparison.Ordinal)));
        Assert.True(Directory.EnumerateFiles(harness.Data.Quarantine, "*.json").Count() >= quarantinedWithSidecar);
    }

    /// <summary>The reason without its numbers and file names, so the summary groups like with like.</summary>
    private static string ReasonKind(string reason)
    {
        var general = Regex.Replace(Regex.Replace(reason, @"fuzz-\d+\.json", "<sidecar>"), @"\d+", "N");
        return general.Length <= 48 ? general : general[..48];
    }

    private static void AssertBinHolds(string bin, int count)
    {
        var files = Directory.Exists(bin) ? Directory.GetFiles(bin) : [];
        Assert.Equal(count, files.Count(f => f.EndsWith(".reason.txt", StringComparison.Ordinal)));
        Assert.Equal(count, files.Count(f => !f.EndsWith(".reason.txt", StringComparison.Ordinal) && !f.EndsWith(".json", StringComparison.Ordinal)));
    }

    /// <summary>
    /// What the next stages do first: recordings are read chunk by chunk to the end, transcripts must have segments.
    /// A failure is recorded with its reason, as the workers mark a call failed.
    /// </summary>
    private static async Task ReadAcceptedAsync(IntakeHarness harness, ConcurrentDictionary<Guid, string?> read)
    {
        var audio = Task.Run(async () =>
        {
            await foreach (var recording in harness.Channels.ToTranscribe.Reader.ReadAllAsync())
            {
                try
                {
                    var frames = recording.Audio.ReadChunks(16_000, CancellationToken.None).Sum(c => (long)c.Frames);
                    read[recording.CallId] = frames > 0 ? null : $"{recording.FileName}: no frames";
                }
                catch (Exception e)
                {
                    read[recording.CallId] = $"{recording.FileName}: {e.GetType().Name}: {e.Message}";
                }
            }
        });
        await foreach (var call in harness.Channels.ToAnalyze.Reader.ReadAllAsync())
        {
            read[call.CallId] = call.Segments.Count > 0 && call.DurationSeconds >= 0 ? null : $"call {call.CallId}: empty transcript";
        }

        await audio;
    }
}
