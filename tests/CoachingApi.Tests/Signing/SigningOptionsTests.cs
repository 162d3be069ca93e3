using CallCoach.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Options;

namespace CallCoach.CoachingApi.Tests.Signing;

public sealed class SigningOptionsTests : IDisposable
{
    private readonly TempDirectory data = new("signing-options");

    private sealed class WithSource(string dataRoot, string name, string secret) : CallCoachApplication(dataRoot)
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting($"Api:Signing:Sources:{name}:Secret", secret);
        }
    }

    [Fact]
    public async Task ASecretShorterThan32CharactersStopsTheStartWithTheFix()
    {
        await using var app = new WithSource(data.Path, "teams", "short");

        var error = Assert.ThrowsAny<OptionsValidationException>(() => app.CreateClient());

        Assert.Contains("Api:Signing:Sources:teams:Secret must be at least 32 characters", error.Message, StringComparison.Ordinal);
        Assert.Contains("openssl rand -hex 32", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ASourceNameWithOddCharactersStopsTheStart()
    {
        await using var app = new WithSource(data.Path, "teams zoom", new string('s', 40));

        var error = Assert.ThrowsAny<OptionsValidationException>(() => app.CreateClient());

        Assert.Contains("'teams zoom' is not a source name", error.Message, StringComparison.Ordinal);
    }

    public void Dispose() => data.Dispose();
}
