namespace CallCoach.CoachingApi.Tests.Meetings.Teams;

/// <summary>CallCoach with Teams turned on, its Graph and login addresses pointed at the fake Graph.</summary>
public sealed class TeamsHost : VendorHost<FakeGraph>
{
    public FakeGraph Graph => Fake;

    protected override Task<FakeGraph> StartFakeAsync() => FakeGraph.StartAsync();

    protected override IEnumerable<(string, string)> Settings(FakeGraph fake) =>
    [
        ("Meetings:Teams:ClientState", FakeGraph.ClientState),
        ("Meetings:Teams:TenantId", FakeGraph.TenantId),
        ("Meetings:Teams:ClientId", FakeGraph.ClientId),
        ("Meetings:Teams:ClientSecret", FakeGraph.ClientSecret),
        ("Meetings:Teams:GraphBaseUrl", fake.GraphBaseUrl),
        ("Meetings:Teams:LoginBaseUrl", fake.Vendor.BaseUrl),
    ];
}
