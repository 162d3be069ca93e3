using System.Globalization;
using System.Net.Http.Json;
using System.Text;
using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using CallCoach.Analyze.Packs;
using CallCoach.CoachingApi.Packs;
using CallCoach.CoachingApi.Tests.Packs;
using CallCoach.Core.Storage;
using CallCoach.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CallCoach.CoachingApi.Tests.Pipeline;

/// <summary>
/// The whole service with recordings arriving in one Azure Blob container and archived to another, both in Azurite:
/// recognition, recovery and pack clips all read audio through the archive.
/// </summary>
[Collection(GeneratedCallsCollection.Name)]
public sealed class BlobSourceAndArchiveTests(GeneratedCalls calls, Azurite azurite) : IClassFixture<Azurite>, IDisposable
{
    private readonly TempDirectory data = new("blob-pipeline");
    private readonly string source = Azurite.NewContainerName("incoming");
    private readonly string archive = Azurite.NewContainerName("audio");

    private sealed class BlobApplication(string dataRoot, string connectionString, string source, string archive) : CallCoachApplication(dataRoot)
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Ingest:Blob:ConnectionString", connectionString);
            builder.UseSetting("Ingest:Blob:Container", source);
            builder.UseSetting("Ingest:Blob:PollSeconds", "1");
            builder.UseSetting("Archive:Store", "Blob");
            builder.UseSetting("Archive:Blob:ConnectionString", connectionString);
            builder.UseSetting("Archive:Blob:Container", archive);
        }
    }

    private BlobApplication Start() => new(data.Path, azurite.ConnectionString, source, archive);

    private BlobContainerClient Container(string name) => new BlobServiceClient(azurite.ConnectionString).GetBlobContainerClient(name);

    private async Task UploadAsync(string name, byte[] content, string repId, int daysAgo)
    {
        var startedAt = DateTimeOffset.UtcNow.AddDays(-daysAgo).ToString("yyyy-MM-ddTHH:mm:sszzz", CultureInfo.InvariantCulture);
        await Container(source).GetBlobClient(Path.ChangeExtension(name, ".json"))
            .UploadAsync(BinaryData.FromString($$"""{"repId":"{{repId}}","teamId":"east","startedAt":"{{startedAt}}"}"""));
        await Container(source).GetBlobClient(name).UploadAsync(new BinaryData(content));
    }

    private async Task<Dictionary<string, ETag>> BlobsAsync(string container)
    {
        var blobs = new Dictionary<string, ETag>();
        await foreach (var blob in Container(container).GetBlobsAsync(BlobTraits.None, BlobStates.None, prefix: null, CancellationToken.None))
        {
            blobs[blob.Name] = blob.Properties.ETag!.Value;
        }

        return blobs;
    }

    private static async Task<List<CallRecord>> CallsAsync(CallCoachApplication app)
    {
        await using var db = await app.Services.GetRequiredService<IDbContextFactory<CallCoachDbContext>>().CreateDbContextAsync();
        return await db.Calls.AsNoTracking().ToListAsync();
    }

    [Fact]
    public async Task RecordingsFromAContainerAreAnalyzedFromTheArchiveContainerOnceEvenAcrossARestartAndPackClipsAreCutFromIt()
    {
        await Container(source).CreateAsync();
        for (var day = 1; day <= 3; day++)
        {
            await UploadAsync($"ann/ann-{day}.vtt", Encoding.UTF8.GetBytes(PacksApiTests.UnclosedCall(day)), "ann", day);
        }

        await UploadAsync("bob/bob.wav", await File.ReadAllBytesAsync(calls.TrialCallWav), "bob", 2);
        var uploaded = await BlobsAsync(source);

        await using (var first = Start())
        {
            using var client = first.CreateClient();
            var finished = await first.WaitForFinishedCallsAsync(4, TimeSpan.FromMinutes(4));
            Assert.Equal(4, finished.Count(c => c.Status == "analyzed"));
            var stored = await CallsAsync(first);
            Assert.All(stored, c => Assert.StartsWith($"blob://{archive}/", c.ArchivePath, StringComparison.Ordinal));
            Assert.Equal("bob", stored.Single(c => c.FileName == "bob.wav").RepId);
        }

        // Nothing was archived locally; the archive container holds each recording with its sidecar.
        Assert.False(Directory.Exists(Path.Combine(data.Path, "audio")));
        Assert.Equal(8, (await BlobsAsync(archive)).Count);
        // The customer's container is only read.
        Assert.Equal(uploaded, await BlobsAsync(source));

        // A restart on a machine whose cache is gone, with one more call uploaded while the service was down.
        Directory.Delete(Path.Combine(data.Path, "cache", "audio"), recursive: true);
        await UploadAsync("cy/cy-1.vtt", Encoding.UTF8.GetBytes(PacksApiTests.UnclosedCall(7)), "cy", 1);
        await using var second = Start();
        using var again = second.CreateClient();
        Assert.Equal(5, (await second.WaitForFinishedCallsAsync(5, TimeSpan.FromMinutes(2))).Count);

        // Taken once each: a blob read twice would be a duplicate here and in data/duplicates.
        Assert.Equal(5, (await CallsAsync(second)).Count);
        var items = await TakenItemsAsync(second, 5);
        Assert.Equal(["ann/ann-1.vtt", "ann/ann-2.vtt", "ann/ann-3.vtt", "bob/bob.wav", "cy/cy-1.vtt"], items.Select(i => i.Name).Order(StringComparer.Ordinal));
        Assert.All(items, i => Assert.Equal(SourceItemState.Taken, i.State));
        Assert.False(Directory.Exists(Path.Combine(data.Path, "duplicates")));

        // Ann's pack borrows a clip of Bob's call: cut from the recording downloaded from the archive.
        var generated = await again.PostAsJsonAsync("/api/packs/generate", new GeneratePacksRequest("ann", null));
        var clip = Assert.IsType<BenchmarkClip>(Assert.Single((await generated.Content.ReadFromJsonAsync<GeneratedPacks>())!.Packs).Clip);
        Assert.NotNull(clip.AudioUrl);
        var wav = await again.GetByteArrayAsync(clip.AudioUrl);
        Assert.True(wav.Length > 44 + 16000 * 2 * 15, $"a clip of at least 15 s, got {wav.Length} bytes");
        var bob = (await CallsAsync(second)).Single(c => c.FileName == "bob.wav");
        Assert.Equal(Path.GetFileName(bob.ArchivePath), Path.GetFileName(Assert.Single(Directory.EnumerateFiles(Path.Combine(data.Path, "cache", "audio"), "*.wav"))));
    }

    /// <summary>
    /// The source's cursor once it lists <paramref name="count"/> items (or after 30 s): the inbox records a blob as
    /// taken just after intake writes its call, and a transcript's call can be analyzed before that.
    /// </summary>
    private async Task<IReadOnlyList<SourceItemRecord>> TakenItemsAsync(CallCoachApplication app, int count)
    {
        var cursor = app.Services.GetRequiredService<SourceCursor>();
        var waited = System.Diagnostics.Stopwatch.StartNew();
        while (true)
        {
            var items = await cursor.ListAsync($"blob:{Azurite.AccountName}/{source}", CancellationToken.None);
            if (items.Count >= count || waited.Elapsed > TimeSpan.FromSeconds(30))
            {
                return items;
            }

            await Task.Delay(100);
        }
    }

    public void Dispose() => data.Dispose();
}
