using CallCoach.Testing;

namespace CallCoach.CoachingApi.Tests.Meetings.Feishu;

/// <summary>One CallCoach with Feishu events on (token and Encrypt Key), its open platform address pointed at the fake.</summary>
public sealed class FeishuHost : IAsyncLifetime, IDisposable
{
    private readonly TempDirectory data = new("feishu");

    public FakeFeishu Feishu { get; private set; } = null!;

    public MeetingsApplication App { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Feishu = await FakeFeishu.StartAsync();
        App = new MeetingsApplication(data.Path);
        App.Settings["Meetings:Feishu:VerificationToken"] = FakeFeishu.VerificationToken;
        App.Settings["Meetings:Feishu:EncryptKey"] = FakeFeishu.EncryptKey;
        App.Settings["Meetings:Feishu:AppId"] = FakeFeishu.AppId;
        App.Settings["Meetings:Feishu:AppSecret"] = FakeFeishu.AppSecret;
        App.Settings["Meetings:Feishu:BaseUrl"] = Feishu.Vendor.BaseUrl;
        using var client = App.CreateClient();
    }

    public async Task DisposeAsync()
    {
        await App.DisposeAsync();
        await Feishu.DisposeAsync();
    }

    public void Dispose() => data.Dispose();
}
