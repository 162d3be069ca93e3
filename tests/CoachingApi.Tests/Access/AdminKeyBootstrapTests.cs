using System.Net;
using CallCoach.CoachingApi.Access;
using CallCoach.Core.Paths;
using CallCoach.Core.Storage;
using CallCoach.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace CallCoach.CoachingApi.Tests.Access;

public sealed class AdminKeyBootstrapTests : IDisposable
{
    private readonly TempDirectory data = new("bootstrap");

    [Fact]
    public async Task TheFirstStartWritesAnAdminKeyOnlyItsUserCanReadAndLaterStartsKeepIt()
    {
        string first;
        await using (var app = new CallCoachApplication(data.Path))
        {
            using var client = app.CreateClient();
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/keys")).StatusCode);
            first = app.AdminKey;
        }

        var file = Path.Combine(data.Path, "admin.key");
        Assert.StartsWith("cc_", first, StringComparison.Ordinal);
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(file));
        }

        await using var again = new CallCoachApplication(data.Path);
        using var still = again.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await still.GetAsync("/api/keys")).StatusCode);
        Assert.Equal(first, again.AdminKey);
    }

    [Fact]
    public async Task TheKeyIsWrittenEvenWhenNothingHasMadeTheDataFolderYet()
    {
        // A store outside the data folder, as PostgreSQL is: at a first start the key may be the first file there.
        var options = new DbContextOptionsBuilder<CallCoachDbContext>()
            .UseCallCoachStore(StoreProvider.Sqlite, $"Data Source={Path.Combine(data.Path, "callcoach.db")};Pooling=False").Options;
        var contexts = new PooledDbContextFactory<CallCoachDbContext>(options);
        await new DatabaseInitializer(contexts, NullLogger<DatabaseInitializer>.Instance).StartAsync(CancellationToken.None);
        var root = Path.Combine(data.Path, "not", "made", "yet");
        var bootstrap = new AdminKeyBootstrap(
            new ApiKeys(contexts, TimeProvider.System), Options.Create(new AuthOptions()), Options.Create(new DataOptions { Root = root }), NullLogger<AdminKeyBootstrap>.Instance);

        await bootstrap.StartAsync(CancellationToken.None);

        Assert.StartsWith("cc_", File.ReadAllText(Path.Combine(root, "admin.key")), StringComparison.Ordinal);
    }

    public void Dispose() => data.Dispose();
}
