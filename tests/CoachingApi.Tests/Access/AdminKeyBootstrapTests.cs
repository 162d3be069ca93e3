using System.Net;
using CallCoach.Testing;

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

    public void Dispose() => data.Dispose();
}
