using CallCoach.Testing;

namespace CallCoach.CoachingApi.Tests.Meetings;

/// <summary>
/// One CallCoach with one vendor turned on and that vendor's fake on loopback, shared by a test class: the fake
/// starts first, so its address can be given to the host as the vendor's base URL.
/// </summary>
public abstract class VendorHost<TFake>(int maxAttempts = 30) : IAsyncLifetime, IDisposable
    where TFake : IAsyncDisposable
{
    private readonly TempDirectory data = new("meetings");

    public TFake Fake { get; private set; } = default!;

    public MeetingsApplication App { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Fake = await StartFakeAsync();
        App = new MeetingsApplication(data.Path, maxAttempts);
        foreach (var (key, value) in Settings(Fake))
        {
            App.Settings[key] = value;
        }

        // Starts the host now, so a test's first request does not pay for it.
        using var client = App.CreateClient();
    }

    public async Task DisposeAsync()
    {
        await App.DisposeAsync();
        await Fake.DisposeAsync();
    }

    public void Dispose()
    {
        data.Dispose();
        GC.SuppressFinalize(this);
    }

    protected abstract Task<TFake> StartFakeAsync();

    /// <summary>The vendor's settings, pointing the host at the fake.</summary>
    protected abstract IEnumerable<(string Key, string Value)> Settings(TFake fake);
}
