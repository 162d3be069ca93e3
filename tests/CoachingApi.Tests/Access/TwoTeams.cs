using System.Net.Http.Json;
using System.Text;
using CallCoach.CoachingApi.Access;
using CallCoach.CoachingApi.Calls;
using CallCoach.CoachingApi.Packs;
using CallCoach.CoachingApi.Tests.Packs;
using CallCoach.CoachingApi.Tests.Pages;
using CallCoach.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace CallCoach.CoachingApi.Tests.Access;

/// <summary>
/// One host seeded once for the access tests: team t1 with reps r1 (the "own" rep of the rep key) and r2 (their
/// colleague), team t2 with rep r3 ("other"); three transcript calls and this week's pack each, and a key per role.
/// </summary>
public sealed class TwoTeams : IAsyncLifetime, IDisposable
{
    private readonly TempDirectory data = new("access");

    public CallCoachApplication App { get; }

    public IReadOnlyDictionary<string, Guid> CallOf { get; private set; } = new Dictionary<string, Guid>();

    public IReadOnlyDictionary<string, Guid> PackOf { get; private set; } = new Dictionary<string, Guid>();

    /// <summary>Role name → key: rep (r1 of t1), manager (of t1), data, admin, ingest.</summary>
    public IReadOnlyDictionary<string, string> KeyOf { get; private set; } = new Dictionary<string, string>();

    public TwoTeams()
    {
        App = new CallCoachApplication(data.Path);
        // The meeting webhooks exist only for configured vendors; the matrix checks each refuses callers without the vendor's proof.
        App.Settings["Meetings:Zoom:SecretToken"] = "matrix-zoom-secret";
        App.Settings["Meetings:Teams:ClientState"] = "matrix-client-state";
        App.Settings["Meetings:Teams:TenantId"] = "matrix-tenant";
        App.Settings["Meetings:Teams:ClientId"] = "matrix-client";
        App.Settings["Meetings:Teams:ClientSecret"] = "matrix-secret";
        App.Settings["Meetings:Feishu:VerificationToken"] = "matrix-token";
        App.Settings["Meetings:Feishu:EncryptKey"] = "matrix-encrypt-key";
        App.Settings["Meetings:Feishu:AppId"] = "cli_matrix";
        App.Settings["Meetings:Feishu:AppSecret"] = "matrix-app-secret";
    }

    public static readonly (string Rep, string Team)[] Reps = [("r1", "t1"), ("r2", "t1"), ("r3", "t2")];

    public async Task InitializeAsync()
    {
        using var admin = App.CreateClient();
        var calls = new Dictionary<string, Guid>();
        foreach (var (rep, team) in Reps)
        {
            for (var day = 1; day <= 3; day++)
            {
                var vtt = Encoding.UTF8.GetBytes(PacksApiTests.UnclosedCall(day).Replace("call ", $"call {rep} ", StringComparison.Ordinal));
                using var form = new MultipartFormDataContent
                {
                    { new ByteArrayContent(vtt), "file", $"{rep}-{day}.vtt" },
                    { new StringContent($$"""{"repId":"{{rep}}","teamId":"{{team}}","customerId":"c-{{rep}}","startedAt":"{{CoachedTeam.DaysAgo(day):O}}"}"""), "metadata" },
                };
                var upload = await (await admin.PostAsync("/api/calls", form)).EnsureSuccessStatusCode().Content.ReadFromJsonAsync<UploadResult>();
                calls[rep] = upload!.Id;
            }
        }

        await App.WaitForFinishedCallsAsync(9, TimeSpan.FromMinutes(2));
        var packs = new Dictionary<string, Guid>();
        foreach (var (rep, _) in Reps)
        {
            var generated = await (await admin.PostAsJsonAsync("/api/packs/generate", new GeneratePacksRequest(rep, null)))
                .EnsureSuccessStatusCode().Content.ReadFromJsonAsync<GeneratedPacks>();
            packs[rep] = Assert.Single(generated!.Packs).Id;
        }

        var keys = App.Services.GetRequiredService<ApiKeys>();
        KeyOf = new Dictionary<string, string>
        {
            [Roles.Rep] = (await keys.CreateAsync(Roles.Rep, "r1", [], null, CancellationToken.None)).Key,
            [Roles.Manager] = (await keys.CreateAsync(Roles.Manager, null, ["t1"], null, CancellationToken.None)).Key,
            [Roles.Data] = (await keys.CreateAsync(Roles.Data, null, [], null, CancellationToken.None)).Key,
            [Roles.Admin] = App.AdminKey,
            [Roles.Ingest] = (await keys.CreateAsync(Roles.Ingest, null, [], null, CancellationToken.None)).Key,
        };
        (CallOf, PackOf) = (calls, packs);
    }

    public HttpClient ClientFor(string? role)
    {
        var client = App.CreateAnonymousClient();
        if (role is not null)
        {
            client.DefaultRequestHeaders.Add("X-Api-Key", KeyOf[role]);
        }

        return client;
    }

    public Task DisposeAsync() => App.DisposeAsync().AsTask();

    public void Dispose() => data.Dispose();
}

[CollectionDefinition(Name)]
public sealed class TwoTeamsCollection : ICollectionFixture<TwoTeams>
{
    public const string Name = "two teams";
}
