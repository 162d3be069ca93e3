using System.Net;
using System.Net.Http.Json;
using System.Text;
using CallCoach.Core.Storage;

namespace CallCoach.CoachingApi.Tests.Meetings.Feishu;

public sealed class FeishuWebhookTests(FeishuHost host) : IClassFixture<FeishuHost>
{
    private static string Srt(string meeting) =>
        $"1\n00:00:01,000 --> 00:00:05,000\n王芳: 您好，我是王芳，今天聊一下会议 {meeting} 的方案。\n\n" +
        "2\n00:00:05,500 --> 00:00:09,000\n李强: 价格太高了，我们今年预算有限。\n";

    [Fact]
    public async Task TheUrlVerificationChallengeIsAnsweredWhenItCarriesTheVerificationToken()
    {
        using var client = host.App.CreateAnonymousClient();

        using var verified = await client.SendAsync(FakeFeishu.Encrypted(FakeFeishu.UrlVerification("ajls384kdjx98XX"), signed: false));
        using var wrongToken = await client.SendAsync(FakeFeishu.Encrypted(FakeFeishu.UrlVerification("ajls384kdjx98XX", "guessed"), signed: false));

        Assert.Equal(HttpStatusCode.OK, verified.StatusCode);
        Assert.Equal("ajls384kdjx98XX", (await verified.Content.ReadFromJsonAsync<Dictionary<string, string>>())!["challenge"]);
        Assert.Equal(HttpStatusCode.Unauthorized, wrongToken.StatusCode);
    }

    [Fact]
    public async Task ARecordingReadyEventBecomesOneCallOfTheOwnerFoundByFeishuUserIdEvenWhenDeliveredTwice()
    {
        using var client = host.App.CreateAnonymousClient();
        var json = host.Feishu.RecordingReady("6911188411932033028", "obcn37dxcftoc3656rgyejm7", MeetingsApplication.AnnaFeishuId, Srt("6911188411932033028"));

        using var first = await client.SendAsync(FakeFeishu.Encrypted(json));
        using var again = await client.SendAsync(FakeFeishu.Encrypted(json));
        var download = await host.App.WaitForDownloadAsync("feishu", "6911188411932033028");

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Equal(MeetingDownloadStatus.Done, download.Status);
        Assert.Equal(1, host.Feishu.Vendor.Count("served"));
        var call = await host.App.CallAsync(download.CallId!.Value);
        Assert.Equal(("anna", "east", "feishu", "6911188411932033028"), (call.RepId, call.TeamId, call.Source, call.ExternalId));
        // The meeting's start (unix 1763604000, 02:00 UTC) in anna's zone.
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1763604000), call.StartedAt);
        Assert.Equal(TimeSpan.FromHours(8), call.StartedAt!.Value.Offset);
    }

    [Fact]
    public async Task AnEventWithABadSignatureOrAnotherTokenIsRefusedWith401AndNothingIsStored()
    {
        using var client = host.App.CreateAnonymousClient();
        var json = host.Feishu.RecordingReady("7000000000000000001", "obcnforgedforgedforged01", MeetingsApplication.AnnaFeishuId, Srt("forged"));
        var otherToken = json.Replace(FakeFeishu.VerificationToken, "someone-elses-token", StringComparison.Ordinal);
        var fetchesBefore = host.Feishu.Vendor.Count("transcript");

        using var badSignature = await client.SendAsync(FakeFeishu.Encrypted(json, signatureKey: "not-the-key"));
        using var unsigned = await client.SendAsync(FakeFeishu.Encrypted(json, signed: false));
        using var wrongKey = await client.SendAsync(FakeFeishu.Encrypted(json, key: "another-apps-encrypt-key"));
        using var wrongToken = await client.SendAsync(FakeFeishu.Encrypted(otherToken));
        using var plain = await client.PostAsync("/api/meetings/feishu", new StringContent(json, Encoding.UTF8, "application/json"));

        Assert.All([badSignature, unsigned, wrongKey, wrongToken, plain], r => Assert.Equal(HttpStatusCode.Unauthorized, r.StatusCode));
        Assert.Null(await host.App.DownloadAsync("feishu", "7000000000000000001"));
        Assert.Equal(fetchesBefore, host.Feishu.Vendor.Count("transcript"));
    }

    [Fact]
    public async Task MinutesNotReadyAndAServerErrorAreRetriedUntilTheTranscriptArrives()
    {
        using var client = host.App.CreateAnonymousClient();
        var json = host.Feishu.RecordingReady("7000000000000000002", "obcnslowslowslowslow0002", "ou_not_in_directory", Srt("slow"), "ou_visitor", MeetingsApplication.AnnaFeishuId);
        host.Feishu.NotReadyFor(2);
        host.Feishu.Vendor.FailNext(HttpStatusCode.InternalServerError);

        using var response = await client.SendAsync(FakeFeishu.Encrypted(json));
        var download = await host.App.WaitForDownloadAsync("feishu", "7000000000000000002");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(MeetingDownloadStatus.Done, download.Status);
        Assert.Equal(4, download.Attempts);
        // The owner is no rep; anna is the first participant who is one.
        Assert.Equal("anna", (await host.App.CallAsync(download.CallId!.Value)).RepId);
    }
}
