using CallCoach.Testing;

namespace CallCoach.CoachingApi.Tests.Meetings.Teams;

/// <summary>One CallCoach with Teams turned on, its Graph and login addresses pointed at the fake Graph.</summary>
public sealed class TeamsHost : IAsyncLifetime, IDisposable
{
    private readonly TempDirectory data = new("teams");

    public FakeGraph Graph { get; private set; } = null!;

    public MeetingsApplication App { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Graph = await FakeGraph.StartAsync();
        App = new MeetingsApplication(data.Path);
        App.Settings["Meetings:Teams:ClientState"] = FakeGraph.ClientState;
        App.Settings["Meetings:Teams:TenantId"] = FakeGraph.TenantId;
        App.Settings["Meetings:Teams:ClientId"] = FakeGraph.ClientId;
        App.Settings["Meetings:Teams:ClientSecret"] = FakeGraph.ClientSecret;
        App.Settings["Meetings:Teams:GraphBaseUrl"] = Graph.GraphBaseUrl;
        App.Settings["Meetings:Teams:LoginBaseUrl"] = Graph.Vendor.BaseUrl;
        using var client = App.CreateClient();
    }

    public async Task DisposeAsync()
    {
        await App.DisposeAsync();
        await Graph.DisposeAsync();
    }

    public void Dispose() => data.Dispose();
}
