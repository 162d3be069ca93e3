using CallCoach.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Options;

namespace CallCoach.CoachingApi.Tests.Hosting;

public sealed class StartupTests : IDisposable
{
    private readonly TempDirectory data = new("startup");

    private sealed class Misconfigured(string dataRoot, params (string Key, string Value)[] settings) : CallCoachApplication(dataRoot)
    {
        public Misconfigured(string dataRoot, string key, string value)
            : this(dataRoot, (key, value))
        {
        }

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            foreach (var (key, value) in settings)
            {
                builder.UseSetting(key, value);
            }
        }
    }

    [Fact]
    public async Task AMissingRecognizerModelStopsTheStartWithTheInstallCommand()
    {
        await using var app = new Misconfigured(data.Path, "Transcribe:PocketSphinx:AcousticModel", "/nonexistent/en-us");

        var error = Assert.ThrowsAny<OptionsValidationException>(() => app.CreateClient());

        Assert.Contains("/nonexistent/en-us", error.Message, StringComparison.Ordinal);
        Assert.Contains("apt-get install -y pocketsphinx-en-us libpocketsphinx3", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task InvalidPipelineOptionsStopTheStart()
    {
        await using var app = new Misconfigured(data.Path, "Pipeline:TranscribeQueueCapacity", "0");

        var error = Assert.ThrowsAny<OptionsValidationException>(() => app.CreateClient());

        Assert.Contains("TranscribeQueueCapacity", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AHalfConfiguredBlobSourceStopsTheStartNamingTheMissingKey()
    {
        await using var app = new Misconfigured(data.Path, "Ingest:Blob:Container", "calls");

        var error = Assert.ThrowsAny<OptionsValidationException>(() => app.CreateClient());

        Assert.Contains("Ingest:Blob:ConnectionString is required", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ABlobArchiveWithoutItsContainerStopsTheStart()
    {
        await using var app = new Misconfigured(data.Path, "Archive:Store", "Blob");

        var error = Assert.ThrowsAny<OptionsValidationException>(() => app.CreateClient());

        Assert.Contains("Archive:Blob:Container is required", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AMissingKeywordLexiconStopsTheStart()
    {
        await using var app = new Misconfigured(data.Path, "Analyze:Keywords:Lexicon", "lexicon/nope.json");

        var error = Assert.ThrowsAny<Exception>(() => app.CreateClient());

        Assert.Contains("nope.json", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ACorruptClassifierModelStopsTheStartNamingTheFileAndTheFix()
    {
        var corrupt = Path.Combine(data.Path, "objection.zip");
        await File.WriteAllBytesAsync(corrupt, [.. Enumerable.Range(0, 4096).Select(i => (byte)(i * 31))]);
        File.Copy(Path.Combine(RepositoryPaths.Models, "objection.json"), Path.Combine(data.Path, "objection.json"));
        await using var app = new Misconfigured(data.Path, "Classification:ObjectionModel", corrupt);

        var error = Assert.ThrowsAny<Exception>(() => app.CreateClient());

        Assert.Contains(corrupt, error.ToString(), StringComparison.Ordinal);
        Assert.Contains("callcoach train objection", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AMissingClassifierModelStopsTheStart()
    {
        await using var app = new Misconfigured(data.Path, "Classification:ActModel", "/nonexistent/act.zip");

        var error = Assert.ThrowsAny<Exception>(() => app.CreateClient());

        Assert.Contains("/nonexistent/act.zip is missing", error.ToString(), StringComparison.Ordinal);
        Assert.Contains("callcoach train act", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ASigningSecretShorterThan32CharactersStopsTheStartWithTheFix()
    {
        await using var app = new Misconfigured(data.Path, "Api:Signing:Sources:teams:Secret", "short");

        var error = Assert.ThrowsAny<OptionsValidationException>(() => app.CreateClient());

        Assert.Contains("Api:Signing:Sources:teams:Secret must be at least 32 characters", error.Message, StringComparison.Ordinal);
        Assert.Contains("openssl rand -hex 32", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ASigningSourceNameWithOddCharactersStopsTheStart()
    {
        await using var app = new Misconfigured(data.Path, "Api:Signing:Sources:teams zoom:Secret", new string('s', 40));

        var error = Assert.ThrowsAny<OptionsValidationException>(() => app.CreateClient());

        Assert.Contains("'teams zoom' is not a source name", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PostgresWithoutAConnectionStringStopsTheStartSayingWhatIsMissing()
    {
        await using var app = new Misconfigured(data.Path, ("Data:Provider", "postgres"), ("Data:ConnectionString", ""));

        var error = Assert.ThrowsAny<OptionsValidationException>(() => app.CreateClient());

        Assert.Contains("Data:ConnectionString is required when Data:Provider is postgres", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AConnectionStringPostgresCannotReadStopsTheStartWithoutShowingIt()
    {
        await using var app = new Misconfigured(data.Path, ("Data:Provider", "postgres"), ("Data:ConnectionString", "Host=db;Pasword=s3cret-value"));

        var error = Assert.ThrowsAny<OptionsValidationException>(() => app.CreateClient());

        Assert.Contains("Data:ConnectionString is not a PostgreSQL connection string", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("s3cret-value", error.Message, StringComparison.Ordinal);
    }

    public void Dispose() => data.Dispose();
}
