using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using CallCoach.CoachingApi.Calls;
using CallCoach.Testing;
using CallCoach.Testing.Fuzzing;
using Xunit.Abstractions;

namespace CallCoach.CoachingApi.Tests.Pipeline;

/// <summary>
/// Mutated inputs, with hostile file names, through the whole service: upload, intake, real PocketSphinx, analysis,
/// the store. Fewer than the intake fuzz test (Ingest.Tests IntakeFuzzTests), because each accepted recording is
/// really transcribed. See docs/decisions/018-signed-ingestion-and-hostile-input.md.
/// </summary>
public sealed class FuzzedUploadsTests(ITestOutputHelper output) : IDisposable
{
    public const int InputCount = 300;
    public const int Seed = 20_260_302;
    private static readonly TimeSpan PerInput = TimeSpan.FromSeconds(30);

    private readonly TempDirectory outer = new("fuzz-uploads");

    private string DataRoot => Path.Combine(outer.Path, "data");

    private static MultipartFormDataContent Form(FuzzInput input)
    {
        var file = new ByteArrayContent(input.Content);
        file.Headers.ContentDisposition = new ContentDispositionHeaderValue("form-data") { Name = "\"file\"", FileNameStar = input.Name };
        var form = new MultipartFormDataContent { file };
        if (input.Sidecar is not null)
        {
            form.Add(new ByteArrayContent(input.Sidecar), "metadata");
        }

        return form;
    }

    [Fact]
    public async Task EveryFuzzedUploadEndsAnalyzedFailedWithAReasonQuarantinedOrAsADuplicateAndNoneIsLost()
    {
        await using var app = new CallCoachApplication(DataRoot);
        using var client = app.CreateClient();
        client.Timeout = PerInput;
        var statuses = new Dictionary<HttpStatusCode, int>();
        var accepted = new HashSet<Guid>();
        var unexpected = new List<string>();
        var seeds = await FuzzSeeds.BuildAsync();
        var clock = Stopwatch.StartNew();

        foreach (var input in FuzzCorpus.Generate(seeds, InputCount, Seed, hostileNames: true))
        {
            var response = await client.PostAsync("/api/calls", Form(input));
            statuses[response.StatusCode] = statuses.GetValueOrDefault(response.StatusCode) + 1;
            if (response.StatusCode == HttpStatusCode.Accepted)
            {
                accepted.Add((await response.Content.ReadFromJsonAsync<UploadResult>())!.Id);
            }
            else if (response.StatusCode is not (HttpStatusCode.OK or HttpStatusCode.UnsupportedMediaType or HttpStatusCode.UnprocessableEntity))
            {
                unexpected.Add($"{input}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
            }
        }

        var uploaded = clock.Elapsed;
        var finished = await app.WaitForFinishedCallsAsync(accepted.Count, TimeSpan.FromMinutes(3));
        var analyzed = finished.Count(c => c.Status == "analyzed");
        var failed = finished.Where(c => c.Status == "parked").ToList();
        int Count(HttpStatusCode status) => statuses.GetValueOrDefault(status);
        output.WriteLine(
            $"{InputCount} uploads (seed {Seed}) in {uploaded.TotalSeconds:F1} s, all finished after {clock.Elapsed.TotalSeconds:F1} s: " +
            $"{Count(HttpStatusCode.Accepted)} accepted ({accepted.Count} calls: {analyzed} analyzed, {failed.Count} parked with a reason), " +
            $"{Count(HttpStatusCode.UnsupportedMediaType)} quarantined as unsupported (415), {Count(HttpStatusCode.UnprocessableEntity)} quarantined as broken (422), " +
            $"{Count(HttpStatusCode.OK)} duplicates, {unexpected.Count} unexpected");
        foreach (var call in failed.Take(10))
        {
            output.WriteLine($"parked: {call.FileName}: {call.FailureReason}");
        }

        Assert.True(unexpected.Count == 0, string.Join('\n', unexpected.Take(10)));
        var quarantined = Count(HttpStatusCode.UnsupportedMediaType) + Count(HttpStatusCode.UnprocessableEntity);
        Assert.Equal(InputCount, Count(HttpStatusCode.Accepted) + Count(HttpStatusCode.OK) + quarantined);
        Assert.Equal(accepted.Count, finished.Count);
        Assert.Equal(accepted.Count, analyzed + failed.Count);
        Assert.All(failed, c => Assert.False(string.IsNullOrWhiteSpace(c.FailureReason)));

        // Nothing vanished or escaped: each refused upload is in a bin beside its reason, and all of it under the data root.
        Assert.Equal(quarantined, Directory.GetFiles(Path.Combine(DataRoot, "quarantine"), "*.reason.txt").Length);
        Assert.Equal(Count(HttpStatusCode.OK), Directory.Exists(Path.Combine(DataRoot, "duplicates"))
            ? Directory.GetFiles(Path.Combine(DataRoot, "duplicates"), "*.reason.txt").Length : 0);
        Assert.Empty(Directory.EnumerateFileSystemEntries(Path.Combine(DataRoot, "uploads")));
        Assert.Equal([DataRoot], Directory.GetFileSystemEntries(outer.Path));
    }

    public void Dispose() => outer.Dispose();
}
