using System.Buffers.Binary;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using CallCoach.Analyze.Packs;
using CallCoach.CoachingApi.Packs;
using CallCoach.Testing;

namespace CallCoach.CoachingApi.Tests.Packs;

[Collection(GeneratedCallsCollection.Name)]
public sealed class PacksApiTests(GeneratedCalls calls) : IDisposable
{
    private readonly TempDirectory data = new("packs-api");

    /// <summary>
    /// A 100 s call that never closes: one discovery question, and a price objection the rep only acknowledges, which
    /// the customer then raises again. Closing scores 0, the rep's weakest axis.
    /// </summary>
    internal static string UnclosedCall(int n) => $"""
        WEBVTT

        00:00:01.000 --> 00:00:08.000
        <v Rep>Hi, thanks for your time today, call {n}. How do you track your service tickets right now?

        00:00:08.500 --> 00:00:40.000
        <v Customer>We use email and a shared spreadsheet, and honestly your price is way too high for a team our size.

        00:00:40.500 --> 00:00:46.000
        <v Rep>I understand, thanks for telling me.

        00:00:46.500 --> 00:01:10.000
        <v Customer>Yeah, the quote you sent is double what we budgeted per seat, it is just too expensive.

        00:01:10.500 --> 00:01:40.000
        <v Rep>Sure, no problem, I will let you think about it.
        """;

    internal static MultipartFormDataContent Upload(string name, byte[] content, string repId, int daysAgo)
    {
        var startedAt = DateTimeOffset.UtcNow.AddDays(-daysAgo).ToString("yyyy-MM-ddTHH:mm:sszzz", System.Globalization.CultureInfo.InvariantCulture);
        return new MultipartFormDataContent
        {
            { new ByteArrayContent(content), "file", name },
            { new StringContent($$"""{"repId":"{{repId}}","teamId":"east","startedAt":"{{startedAt}}"}"""), "metadata" },
        };
    }

    [Fact]
    public async Task APackTargetsTheWeakestAxisWithAClipFromAnotherRepsCallAndTheRepsOwnObjections()
    {
        await using var app = new CallCoachApplication(data.Path);
        using var client = app.CreateClient();
        for (var day = 1; day <= 3; day++)
        {
            (await client.PostAsync("/api/calls", Upload($"ann-{day}.vtt", Encoding.UTF8.GetBytes(UnclosedCall(day)), "ann", day))).EnsureSuccessStatusCode();
        }

        (await client.PostAsync("/api/calls", Upload("bob.wav", await File.ReadAllBytesAsync(calls.TrialCallWav), "bob", 2))).EnsureSuccessStatusCode();
        await app.WaitForFinishedCallsAsync(4, TimeSpan.FromMinutes(3));

        var response = await client.PostAsJsonAsync("/api/packs/generate", new GeneratePacksRequest("ann", null));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var pack = Assert.Single((await response.Content.ReadFromJsonAsync<GeneratedPacks>())!.Packs);

        Assert.Equal(("ann", "closing", 0), (pack.RepId, pack.Why.Axis, pack.Why.Score));
        Assert.Equal("price", pack.Why.ObjectionType);
        Assert.Equal(("closing", "price", "en"), (pack.Template.Axis, pack.Template.Objection, pack.Template.Language));
        Assert.NotEmpty(pack.RolePlay.Lines);
        Assert.All(pack.RolePlay.Lines, line =>
        {
            // The customer's lines are the rep's own calls, word for word.
            Assert.Contains(line.Customer, UnclosedCall(1), StringComparison.Ordinal);
            Assert.NotNull(line.FromCallId);
            Assert.Contains(line.ModelAnswer, pack.Template.ModelAnswers.Select(a => a.Rep));
        });

        var clip = Assert.IsType<BenchmarkClip>(pack.Clip);
        Assert.Equal("bob", clip.RepId);
        Assert.InRange(clip.DurationSeconds, 15, 90);
        Assert.NotEmpty(clip.Transcript);
        var wav = await client.GetByteArrayAsync(clip.AudioUrl);
        var seconds = BinaryPrimitives.ReadUInt32LittleEndian(wav.AsSpan(40)) / (double)BinaryPrimitives.ReadUInt32LittleEndian(wav.AsSpan(28));
        Assert.Equal(clip.DurationSeconds, seconds, 1);
        Assert.Equal(wav.Length - 44, (int)BinaryPrimitives.ReadUInt32LittleEndian(wav.AsSpan(40)));

        // Generating again in the same week returns the same pack; the team's week lists it once.
        var again = await client.PostAsJsonAsync("/api/packs/generate", new GeneratePacksRequest(null, "east"));
        var teamRun = await again.Content.ReadFromJsonAsync<GeneratedPacks>();
        Assert.Equal(pack.Id, Assert.Single(teamRun!.Packs).Id);
        Assert.Equal("bob", Assert.Single(teamRun.Skipped).RepId);
        var week = await client.GetFromJsonAsync<TeamPacks>("/api/teams/east/packs");
        Assert.Equal(pack.Id, Assert.Single(week!.Packs).Id);
        Assert.Equal(pack.Id, (await client.GetFromJsonAsync<CoachingPack>($"/api/packs/{pack.Id}"))!.Id);
    }

    [Fact]
    public async Task UnknownRepsPacksAndWeeksAreErrors()
    {
        await using var app = new CallCoachApplication(data.Path);
        using var client = app.CreateClient();

        Assert.Equal(HttpStatusCode.NotFound, (await client.PostAsJsonAsync("/api/packs/generate", new GeneratePacksRequest("nobody", null))).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await client.PostAsJsonAsync("/api/packs/generate", new GeneratePacksRequest(null, null))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/api/packs/{Guid.NewGuid()}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/api/packs/{Guid.NewGuid()}/clip.wav")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await client.GetAsync("/api/teams/east/packs?week=2026-48")).StatusCode);
    }

    public void Dispose() => data.Dispose();
}
