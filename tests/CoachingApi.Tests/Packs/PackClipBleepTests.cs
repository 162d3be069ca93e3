using System.Buffers.Binary;
using System.Net.Http.Json;
using System.Text;
using CallCoach.Analyze.Packs;
using CallCoach.CoachingApi.Calls;
using CallCoach.CoachingApi.Packs;
using CallCoach.Core.Privacy;
using CallCoach.Core.Storage;
using CallCoach.Ingest.Decoding;
using CallCoach.Core.Audio;
using CallCoach.Core.Calls;
using CallCoach.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CallCoach.CoachingApi.Tests.Packs;

[Collection(GeneratedCallsCollection.Name)]
public sealed class PackClipBleepTests(GeneratedCalls calls) : IDisposable
{
    private const double Padding = 0.25;
    private readonly TempDirectory data = new("pack-bleep");

    [Fact]
    public async Task TheBenchmarkClipIsAToneWhereTheBenchmarkCallsTranscriptWasRedacted()
    {
        await using var app = new CallCoachApplication(data.Path);
        using var client = app.CreateClient();
        for (var day = 1; day <= 3; day++)
        {
            (await client.PostAsync("/api/calls", PacksApiTests.Upload($"ann-{day}.vtt", Encoding.UTF8.GetBytes(PacksApiTests.UnclosedCall(day)), "ann", day))).EnsureSuccessStatusCode();
        }

        (await client.PostAsync("/api/calls", PacksApiTests.Upload("bob.wav", await File.ReadAllBytesAsync(calls.TrialCallWav), "bob", 2))).EnsureSuccessStatusCode();
        await app.WaitForFinishedCallsAsync(4, TimeSpan.FromMinutes(3));

        // Recognition hears no personal data in the synthetic call, so the spans are stored as if it had: one second
        // early in each of Bob's turns.
        var bob = Assert.Single((await client.GetFromJsonAsync<CallPage>("/api/calls?repId=bob"))!.Items);
        var segments = (await client.GetFromJsonAsync<CallDetail>($"/api/calls/{bob.Id}"))!.Segments;
        var spans = segments.Select(s => new RedactionSpanRecord
        {
            CallId = bob.Id,
            SegmentIndex = s.Index,
            Category = PiiCategory.Phone,
            CharLength = 1,
            AudioStart = s.Start + 0.3,
            AudioEnd = Math.Min(s.End, s.Start + 1.3),
        }).ToList();
        await using (var db = await app.Services.GetRequiredService<IDbContextFactory<CallCoachDbContext>>().CreateDbContextAsync())
        {
            db.RedactionSpans.AddRange(spans);
            await db.SaveChangesAsync();
        }

        var generated = await client.PostAsJsonAsync("/api/packs/generate", new GeneratePacksRequest("ann", null));
        var clip = Assert.IsType<BenchmarkClip>(Assert.Single((await generated.Content.ReadFromJsonAsync<GeneratedPacks>())!.Packs).Clip);
        var wav = await client.GetByteArrayAsync(clip.AudioUrl);

        const int rate = 16000;
        var channels = BinaryPrimitives.ReadUInt16LittleEndian(wav.AsSpan(22));
        var left = Enumerable.Range(0, (wav.Length - 44) / (2 * channels))
            .Select(f => BinaryPrimitives.ReadInt16LittleEndian(wav.AsSpan(44 + 2 * channels * f)))
            .ToArray();
        var inside = spans.Where(s => s.AudioStart - Padding >= clip.Start && s.AudioEnd + Padding <= clip.End).ToList();
        Assert.NotEmpty(inside);
        foreach (var span in inside)
        {
            var from = (int)Math.Ceiling((span.AudioStart - Padding - clip.Start) * rate);
            var to = (int)Math.Floor((span.AudioEnd + Padding - clip.Start) * rate);
            Assert.True(ToneMeter.Share(left.AsSpan(from, to - from), ClipWriter.BleepHertz, rate) > 0.99, $"no tone over {span.AudioStart}–{span.AudioEnd} s");
        }

        // Between the bleeps the clip is the call itself: a quarter second after the first bleep, sample for sample.
        var source = app.Services.GetRequiredService<RecordingReader>().Read(calls.TrialCallWav, CallMetadata.None, CancellationToken.None).Audio!.ReadAll().Channels[0];
        var first = (long)Math.Floor(clip.Start * rate);
        var after = (int)Math.Ceiling((inside[0].AudioEnd + Padding - clip.Start) * rate);
        Assert.True(spans.All(s => s.AudioEnd + Padding <= clip.Start + (double)after / rate || s.AudioStart - Padding >= clip.Start + (after + rate / 4.0) / rate));
        Assert.Equal(source.AsSpan((int)(first + after), rate / 4).ToArray(), left.AsSpan(after, rate / 4).ToArray());
    }

    public void Dispose() => data.Dispose();
}
