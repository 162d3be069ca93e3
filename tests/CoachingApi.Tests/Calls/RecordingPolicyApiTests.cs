using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using CallCoach.CoachingApi.Calls;
using CallCoach.CoachingApi.Tests.Radar;
using CallCoach.Testing;
using Microsoft.Extensions.Options;

namespace CallCoach.CoachingApi.Tests.Calls;

public sealed class RecordingPolicyApiTests : IDisposable
{
    private readonly TempDirectory data = new("policy-api");

    private static async Task<HttpResponseMessage> UploadAsync(HttpClient client, string vtt, string metadata)
    {
        using var form = new MultipartFormDataContent
        {
            { new ByteArrayContent(Encoding.UTF8.GetBytes(vtt)), "file", "call.vtt" },
            { new StringContent(metadata), "metadata" },
        };
        return await client.PostAsync("/api/calls", form);
    }

    [Fact]
    public async Task UnderMetadataOnlyARoutineCallIsStoredUnanalyzedWithItsFileKeptAndAKeyAccountsCallIsAnalyzed()
    {
        await using var app = new FlaggingApplication(data.Path, ("Ingest:RecordingPolicy:Mode", "metadata-only"));
        using var client = app.CreateClient();
        var routineVtt = RadarApiTests.GoodCall(1);

        var routine = await UploadAsync(client, routineVtt, """{"repId":"mei","teamId":"east","customerTier":"B","interactionNumber":5}""");
        var keyAccount = await UploadAsync(client, RadarApiTests.GoodCall(2), """{"repId":"mei","teamId":"east","customerTier":"A","interactionNumber":3}""");

        Assert.Equal(HttpStatusCode.Accepted, routine.StatusCode);
        var routineUpload = (await routine.Content.ReadFromJsonAsync<UploadResult>())!;
        Assert.Equal("metadataOnly", routineUpload.Status);
        var keyUpload = (await keyAccount.Content.ReadFromJsonAsync<UploadResult>())!;
        Assert.Equal("received", keyUpload.Status);

        var stored = await app.WaitForCallAsync(routineUpload.Id, TimeSpan.FromSeconds(5));
        Assert.Equal("metadataOnly", stored.Call.Status);
        Assert.Equal(new RecordingPolicyDto("metadataOnly", "policy metadata-only: stored with its metadata, the recording set aside unanalyzed"), stored.Call.Policy);
        Assert.Equal(("mei", "B", 5), (stored.Call.RepId, stored.Call.CustomerTier, stored.Call.InteractionNumber));
        Assert.Null(stored.Call.Effective);
        Assert.Empty(stored.Segments);
        Assert.Empty(stored.AxisScores);
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(routineVtt)));
        Assert.Equal(routineVtt, await File.ReadAllTextAsync(Path.Combine(app.DataRoot, "metadata-only", hash + ".vtt")));
        Assert.False(File.Exists(Path.Combine(app.Archive, hash + ".vtt")));

        var analyzed = await app.WaitForCallAsync(keyUpload.Id, TimeSpan.FromSeconds(30));
        Assert.Equal("analyzed", analyzed.Call.Status);
        Assert.Equal("analyze", analyzed.Call.Policy.Decision);
        Assert.Equal("high-value customer (tier A, interaction 3 >= 3): always analyzed", analyzed.Call.Policy.Reason);
        Assert.True(analyzed.Call.Effective);

        var effective = (await client.GetFromJsonAsync<CallPage>("/api/calls?effective=true"))!.Items;
        Assert.Equal([keyUpload.Id], effective.Select(c => c.Id));
    }

    [Fact]
    public async Task AnUnknownRecordingPolicyStopsTheStartNamingTheSetting()
    {
        await using var app = new FlaggingApplication(data.Path, ("Ingest:RecordingPolicy:Mode", "some"));

        var error = Assert.ThrowsAny<OptionsValidationException>(() => app.CreateClient());

        Assert.Contains("Ingest:RecordingPolicy:Mode 'some' is not a recording policy; use all, sample or metadata-only.", error.Message, StringComparison.Ordinal);
    }

    public void Dispose() => data.Dispose();
}
