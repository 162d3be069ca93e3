namespace CallCoach.CoachingApi.Tests.Meetings.Feishu;

/// <summary>CallCoach with Feishu events on (token and Encrypt Key), its open platform address pointed at the fake.</summary>
public sealed class FeishuHost : VendorHost<FakeFeishu>
{
    public FakeFeishu Feishu => Fake;

    protected override Task<FakeFeishu> StartFakeAsync() => FakeFeishu.StartAsync();

    protected override IEnumerable<(string, string)> Settings(FakeFeishu fake) =>
    [
        ("Meetings:Feishu:VerificationToken", FakeFeishu.VerificationToken),
        ("Meetings:Feishu:EncryptKey", FakeFeishu.EncryptKey),
        ("Meetings:Feishu:AppId", FakeFeishu.AppId),
        ("Meetings:Feishu:AppSecret", FakeFeishu.AppSecret),
        ("Meetings:Feishu:BaseUrl", fake.Vendor.BaseUrl),
    ];
}
