using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using CallCoach.Analyze.Packs;
using CallCoach.CoachingApi.Access;
using Microsoft.Extensions.DependencyInjection;
using CallCoach.CoachingApi.Packs;
using CallCoach.CoachingApi.Tests.Packs;
using CallCoach.Testing;

namespace CallCoach.CoachingApi.Tests.Pages;

/// <summary>
/// One served host for the page tests, seeded once through the public API: team "east", where ann has three calls
/// that never close and bob one recorded call (the synthesised trial call, WAV), and ann's pack of the week, whose
/// benchmark clip is cut from bob's recording. Transcribing the recording is the slow part, so it is done once.
/// </summary>
public sealed class CoachedTeam : IAsyncLifetime, IDisposable
{
    private readonly TempDirectory data = new("pages");
    private readonly TempDirectory recordings = new("pages-recordings");

    public ServedCallCoachApplication App { get; }

    public Uri Address { get; private set; } = null!;

    public CoachingPack AnnsPack { get; private set; } = null!;

    /// <summary>Ann's own key: a rep of team east.</summary>
    public string AnnKey { get; private set; } = null!;

    /// <summary>A key of east's manager.</summary>
    public string ManagerKey { get; private set; } = null!;

    public CoachedTeam() => App = new ServedCallCoachApplication(data.Path);

    public async Task InitializeAsync()
    {
        var trialCall = await FliteCall.BuildAsync(recordings.File("trial-call.wav"), SalesCalls.TwoMinuteTrialCall);
        Address = App.Start();
        using var client = App.CreateClient();
        for (var day = 1; day <= 3; day++)
        {
            await UploadAsync(client, $"ann-{day}.vtt", Encoding.UTF8.GetBytes(PacksApiTests.UnclosedCall(day)), new { repId = "ann", teamId = "east", startedAt = DaysAgo(day) });
        }

        await UploadAsync(client, "bob.wav", await File.ReadAllBytesAsync(trialCall), new { repId = "bob", teamId = "east", startedAt = DaysAgo(2) });
        await App.WaitForFinishedCallsAsync(4, TimeSpan.FromMinutes(3));

        var generated = await client.PostAsJsonAsync("/api/packs/generate", new GeneratePacksRequest("ann", null));
        var keys = App.Services.GetRequiredService<ApiKeys>();
        AnnKey = (await keys.CreateAsync(Roles.Rep, "ann", [], "ann", CancellationToken.None)).Key;
        ManagerKey = (await keys.CreateAsync(Roles.Manager, null, ["east"], "east manager", CancellationToken.None)).Key;
        AnnsPack = Assert.Single((await generated.EnsureSuccessStatusCode().Content.ReadFromJsonAsync<GeneratedPacks>())!.Packs);
    }

    public Uri Page(string path) => new(Address, path);

    /// <summary>Uploads a call with its metadata, the way a dialler would; the metadata is serialised, so any name survives.</summary>
    public static async Task UploadAsync(HttpClient client, string fileName, byte[] content, object metadata)
    {
        using var form = new MultipartFormDataContent
        {
            { new ByteArrayContent(content), "file", fileName },
            { new StringContent(JsonSerializer.Serialize(metadata), Encoding.UTF8), "metadata" },
        };
        (await client.PostAsync("/api/calls", form)).EnsureSuccessStatusCode();
    }

    public static DateTimeOffset DaysAgo(int days) => DateTimeOffset.UtcNow.AddDays(-days);

    public Task DisposeAsync() => App.DisposeAsync().AsTask();

    public void Dispose()
    {
        data.Dispose();
        recordings.Dispose();
    }
}

[CollectionDefinition(Name)]
public sealed class WebPagesCollection : ICollectionFixture<CoachedTeam>
{
    public const string Name = "web pages";
}
