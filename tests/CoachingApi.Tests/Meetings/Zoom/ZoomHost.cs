using CallCoach.Testing;

namespace CallCoach.CoachingApi.Tests.Meetings.Zoom;

/// <summary>One CallCoach with Zoom turned on and the fake Zoom it downloads from, shared by a test class.</summary>
public sealed class ZoomHost : IAsyncLifetime, IDisposable
{
    private readonly TempDirectory data = new("zoom");

    public FakeZoom Zoom { get; private set; } = null!;

    public MeetingsApplication App { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Zoom = await FakeZoom.StartAsync();
        App = new MeetingsApplication(data.Path);
        App.Settings["Meetings:Zoom:SecretToken"] = FakeZoom.SecretToken;
        App.Settings["Meetings:Zoom:DownloadHosts:0"] = Zoom.Vendor.Address.Host;
        using var client = App.CreateClient();
    }

    public async Task DisposeAsync()
    {
        await App.DisposeAsync();
        await Zoom.DisposeAsync();
    }

    public void Dispose() => data.Dispose();
}
