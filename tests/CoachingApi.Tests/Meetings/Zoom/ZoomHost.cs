namespace CallCoach.CoachingApi.Tests.Meetings.Zoom;

/// <summary>CallCoach with Zoom turned on, allowed to download from the fake Zoom.</summary>
public sealed class ZoomHost : VendorHost<FakeZoom>
{
    public ZoomHost()
    {
    }

    /// <summary>Not public: a class fixture has one public constructor.</summary>
    internal ZoomHost(int maxAttempts)
        : base(maxAttempts)
    {
    }

    public FakeZoom Zoom => Fake;

    protected override Task<FakeZoom> StartFakeAsync() => FakeZoom.StartAsync();

    protected override IEnumerable<(string, string)> Settings(FakeZoom fake) =>
    [
        ("Meetings:Zoom:SecretToken", FakeZoom.SecretToken),
        ("Meetings:Zoom:DownloadHosts:0", fake.Vendor.Address.Host),
    ];
}
