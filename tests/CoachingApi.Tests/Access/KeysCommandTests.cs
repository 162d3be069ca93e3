using CallCoach.CoachingApi.Cli;
using CallCoach.Testing;

namespace CallCoach.CoachingApi.Tests.Access;

public sealed class KeysCommandTests : IDisposable
{
    private readonly TempDirectory data = new("keys-cli");

    [Fact]
    public async Task KeysCreatePrintsAKeyOnceThatTheServiceAcceptsUntilKeysRevoke()
    {
        var settings = new Dictionary<string, string?> { ["Data:Root"] = data.Path };
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        Assert.Equal(0, await KeysCommand.RunAsync(["create", "--role", "manager", "--team", "east", "--team", "west", "--name", "Mei"], stdout, stderr, settings));
        var key = stdout.ToString().Trim();
        Assert.Matches("^cc_[0-9a-f]{10}_[A-Za-z0-9_-]{43}$", key);

        await using (var app = new CallCoachApplication(data.Path))
        {
            using var manager = app.CreateAnonymousClient();
            manager.DefaultRequestHeaders.Add("X-Api-Key", key);
            Assert.Equal(System.Net.HttpStatusCode.NotFound, (await manager.GetAsync("/api/teams/west/radar")).StatusCode);
            Assert.Equal(System.Net.HttpStatusCode.Forbidden, (await manager.GetAsync("/api/teams/north/radar")).StatusCode);
        }

        var list = new StringWriter();
        Assert.Equal(0, await KeysCommand.RunAsync(["list"], list, stderr, settings));
        var id = key.Substring(3, 10);
        Assert.Contains($"{id}\tmanager\trep=-\tteams=east,west\tactive\tMei", list.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain(key, list.ToString(), StringComparison.Ordinal);

        Assert.Equal(0, await KeysCommand.RunAsync(["revoke", id], new StringWriter(), stderr, settings));
        await using var restarted = new CallCoachApplication(data.Path);
        using var revoked = restarted.CreateAnonymousClient();
        revoked.DefaultRequestHeaders.Add("X-Api-Key", key);
        Assert.Equal(System.Net.HttpStatusCode.Unauthorized, (await revoked.GetAsync("/api/teams/west/radar")).StatusCode);
    }

    [Theory]
    [InlineData("create", "--role", "rep")]
    [InlineData("create", "--role", "manager")]
    [InlineData("create", "--role", "owner")]
    [InlineData("create", "--role", "rep", "--rep", "../etc")]
    [InlineData("create")]
    public async Task KeysCreateRefusesAKeyThatWouldOpenTooMuchOrNothing(params string[] args)
    {
        var stderr = new StringWriter();
        var stdout = new StringWriter();

        Assert.Equal(2, await KeysCommand.RunAsync(args, stdout, stderr, new Dictionary<string, string?> { ["Data:Root"] = data.Path }));
        Assert.Empty(stdout.ToString());
        Assert.NotEmpty(stderr.ToString().Trim());
    }

    [Fact]
    public async Task RevokingAKeyThatDoesNotExistSaysSoAndFails()
    {
        var stderr = new StringWriter();

        Assert.Equal(1, await KeysCommand.RunAsync(["revoke", "0123456789"], new StringWriter(), stderr, new Dictionary<string, string?> { ["Data:Root"] = data.Path }));
        Assert.Contains("no key", stderr.ToString(), StringComparison.Ordinal);
    }

    public void Dispose() => data.Dispose();
}
