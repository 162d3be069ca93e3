using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using CallCoach.Analyze.Classification;
using CallCoach.Analyze.Radar;
using CallCoach.CoachingApi.Calls;
using CallCoach.CoachingApi.Demo;
using CallCoach.CoachingApi.Packs;
using CallCoach.CoachingApi.Tests.Radar;
using CallCoach.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Xunit.Abstractions;

namespace CallCoach.CoachingApi.Tests.Demo;

public sealed class DemoSeedingTests(ITestOutputHelper output) : IDisposable
{
    // Two audio calls go through PocketSphinx; on a quiet 2-core machine the whole seeding takes under a minute.
    private static readonly TimeSpan SeedingTimeout = TimeSpan.FromMinutes(4);

    private readonly TempDirectory data = new("demo");

    /// <summary>The host as scripts/serve.sh runs it: demo seeding on.</summary>
    private sealed class DemoCallCoachApplication(string dataRoot, string? demoFolder = null) : CallCoachApplication(dataRoot)
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Demo:Seed", "true");
            if (demoFolder is not null)
            {
                builder.UseSetting("Demo:Folder", demoFolder);
            }
        }

        public Task Seeding => Services.GetServices<IHostedService>().OfType<DemoSeeder>().Single().ExecuteTask!;
    }

    [Fact]
    public async Task AnEmptyStoreIsSeededWithAFourRepTeamWhoseRadarAndPacksWithAnAudioClipAreServed()
    {
        var clock = Stopwatch.StartNew();
        await using var app = new DemoCallCoachApplication(data.Path);
        using var client = app.CreateClient();

        await app.Seeding.WaitAsync(SeedingTimeout);
        output.WriteLine($"demo seeded in {clock.Elapsed.TotalSeconds:F1} s");

        var team = await client.GetFromJsonAsync<TeamRadar>("/api/teams/demo/radar");
        Assert.Equal(["leo", "maya", "priya", "wei"], team!.Reps.Select(r => r.RepId).Order());
        Assert.Contains(team.Reps, r => r.Scores.Values.Any(s => s is not null));
        var maya = await client.GetFromJsonAsync<RepRadar>("/api/reps/maya/radar");
        Assert.All(maya!.Axes, a => Assert.Equal(RadarStatus.Scored, a.Status));

        var packs = await client.GetFromJsonAsync<TeamPacks>("/api/teams/demo/packs");
        Assert.Equal(4, packs!.Packs.Count);
        var withAudio = packs.Packs.Where(p => p.Clip?.AudioUrl is not null).ToList();
        Assert.NotEmpty(withAudio);
        Assert.All(withAudio, p => Assert.Equal("maya", p.Clip!.RepId));
        using var clip = await client.GetAsync(withAudio[0].Clip!.AudioUrl);
        Assert.Equal("audio/wav", clip.Content.Headers.ContentType?.MediaType);
        var wav = await clip.Content.ReadAsByteArrayAsync();
        Assert.Equal("RIFF", Encoding.ASCII.GetString(wav, 0, 4));
        Assert.Equal("WAVE", Encoding.ASCII.GetString(wav, 8, 4));
        Assert.True(wav.Length > 15 * 16_000 * 2, $"a clip of at least 15 s, got {wav.Length} bytes");

        // The Chinese-speaking rep's pack comes from the Chinese playbook.
        Assert.Equal(TextLanguage.Chinese, TextLanguage.Of(packs.Packs.Single(p => p.RepId == "wei").Template.Script));
    }

    [Fact]
    public async Task AStoreThatAlreadyHoldsACallIsNotSeeded()
    {
        await using (var first = new CallCoachApplication(data.Path))
        {
            using var client = first.CreateClient();
            var form = new MultipartFormDataContent
            {
                { new ByteArrayContent(Encoding.UTF8.GetBytes(RadarApiTests.GoodCall(1))), "file", "own.vtt" },
                { new StringContent("""{"repId":"ann","teamId":"east"}"""), "metadata" },
            };
            (await client.PostAsync("/api/calls", form)).EnsureSuccessStatusCode();
            await first.WaitForFinishedCallsAsync(1, TimeSpan.FromSeconds(60));
        }

        await using var app = new DemoCallCoachApplication(data.Path);
        using var seeded = app.CreateClient();
        await app.Seeding.WaitAsync(SeedingTimeout);

        var calls = await seeded.GetFromJsonAsync<CallPage>("/api/calls");
        Assert.Equal("ann", Assert.Single(calls!.Items).RepId);
        Assert.Equal(HttpStatusCode.NotFound, (await seeded.GetAsync("/api/teams/demo/radar")).StatusCode);
    }

    [Fact]
    public async Task SeedingWithAMissingDemoFolderStopsTheStart()
    {
        await using var app = new DemoCallCoachApplication(data.Path, demoFolder: "no-such-demo");

        var error = Assert.ThrowsAny<OptionsValidationException>(() => app.CreateClient());

        Assert.Contains("no-such-demo", error.Message, StringComparison.Ordinal);
        Assert.Contains("Demo:Seed=false", error.Message, StringComparison.Ordinal);
    }

    public void Dispose() => data.Dispose();
}
