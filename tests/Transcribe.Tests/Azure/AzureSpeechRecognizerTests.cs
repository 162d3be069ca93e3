using System.Net;
using CallCoach.Testing;
using CallCoach.Transcribe.Azure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Answers = CallCoach.Transcribe.Tests.Azure.ShortAudioServer.Answers;

namespace CallCoach.Transcribe.Tests.Azure;

/// <summary>
/// The Azure engine as the service wires it (configuration, HTTP client, resilience handler) against a local
/// server that plays the short-audio contract. Retry waits are a millisecond unless a test says otherwise.
/// </summary>
public sealed class AzureSpeechRecognizerTests : IAsyncLifetime
{
    private static readonly short[] OneSecond = new short[16_000];

    private readonly CapturedLogs logs = new();
    private ShortAudioServer server = null!;

    public async Task InitializeAsync() => server = await ShortAudioServer.StartAsync();

    public async Task DisposeAsync() => await server.DisposeAsync();

    private async Task<IReadOnlyList<RecognizedWord>> RecognizeAsync(params (string Key, string? Value)[] settings)
    {
        (string, string?)[] defaults =
        [
            ("Transcribe:Engine", "azure"),
            ("Transcribe:Azure:Endpoint", server.Address.ToString()),
            ("Transcribe:Azure:Key", ShortAudioServer.Key),
            ("Transcribe:Azure:Language", "en-US"),
            ("Transcribe:Azure:RetryDelay", "00:00:00.001"),
            ("Transcribe:Azure:MaxRetries", "3"),
        ];
        var merged = defaults.Where(d => settings.All(s => s.Key != d.Item1)).Concat(settings);
        using var host = TranscriptionHost.Build(merged.Select(s => KeyValuePair.Create(s.Item1, s.Item2)), logs);
        await host.StartAsync();
        try
        {
            using var recognizer = host.Services.GetRequiredService<ISpeechRecognizerFactory>().Create();
            return await recognizer.RecognizeAsync(OneSecond, 16_000, CancellationToken.None);
        }
        finally
        {
            await host.StopAsync();
        }
    }

    private void AssertTheKeyWasNeverLogged(Exception? error = null)
    {
        // The header is logged, at Trace level, but blanked: so its absence below is not for want of logging.
        Assert.Contains("Ocp-Apim-Subscription-Key: *", logs.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(ShortAudioServer.Key, logs.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(ShortAudioServer.Key, error?.ToString() ?? string.Empty, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WordsAndTheirTimesComeFromTheBestResultsWordOffsets()
    {
        var words = await RecognizeAsync();

        Assert.Equal([new RecognizedWord("good", 0.07, 0.33), new RecognizedWord("morning", 0.34, 0.91)], words);
    }

    [Fact]
    public async Task TheRequestKeepsTheDocumentedContract()
    {
        await RecognizeAsync();

        Assert.Equal(1, server.Requests);
        Assert.Equal(0, server.Refused);
        Assert.Equal(["en-US"], server.Languages);
        Assert.Equal(OneSecond.Length, server.LastSampleCount);
    }

    [Fact]
    public async Task ChineseIsAskedForAsZhCnAndEachCharacterBecomesAWord()
    {
        server.Default = ShortAudioServer.Json(Answers.Chinese);

        var words = await RecognizeAsync(("Transcribe:Azure:Language", "zh-CN"));

        Assert.Equal(["zh-CN"], server.Languages);
        Assert.Equal(["数", "据", "模", "型"], words.Select(w => w.Text));
        Assert.Equal([0.08, 0.35, 0.62, 1.01], words.Select(w => Math.Round(w.Start, 2)));
        Assert.Equal(1.4, words[^1].End, 6);
    }

    [Fact]
    public async Task WithoutWordTimesTheLexicalWordsShareThePhrasesSpan()
    {
        server.Default = ShortAudioServer.Json(Answers.WithoutWordTimes);

        var words = await RecognizeAsync();

        Assert.Equal(["what's", "the", "weather", "like"], words.Select(w => w.Text));
        Assert.Equal(1.0, words[0].Start, 6);
        Assert.Equal(3.0, words[^1].End, 6);
    }

    [Theory]
    [InlineData("NoMatch")]
    [InlineData("InitialSilenceTimeout")]
    [InlineData("BabbleTimeout")]
    public async Task NothingRecognisableIsNoWordsRatherThanAnError(string status)
    {
        server.Default = ShortAudioServer.Json(Answers.Status(status));

        Assert.Empty(await RecognizeAsync());
        Assert.Equal(1, server.Requests);
    }

    [Fact]
    public async Task TooManyRequestsIsRetriedAfterTheWaitTheServiceAsksFor()
    {
        server.Then(ShortAudioServer.Status(HttpStatusCode.TooManyRequests, retryAfter: "1"));

        var words = await RecognizeAsync();

        Assert.Equal(["good", "morning"], words.Select(w => w.Text));
        Assert.Equal(2, server.Requests);
        // The configured back-off is a millisecond: a one-second wait can only come from Retry-After.
        Assert.Contains(logs.Lines, l => l.Contains("attempt 1 failed (429 Too Many Requests); retrying in 1 s", StringComparison.Ordinal));
    }

    [Fact]
    public async Task AServerErrorIsRetriedAndTheNextAnswerUsed()
    {
        server.Then(ShortAudioServer.Status(HttpStatusCode.InternalServerError));

        var words = await RecognizeAsync();

        Assert.Equal(["good", "morning"], words.Select(w => w.Text));
        Assert.Equal(2, server.Requests);
    }

    [Fact]
    public async Task AnAttemptThatHangsIsAbandonedAndRetried()
    {
        server.Then(ShortAudioServer.Hang);

        var words = await RecognizeAsync(("Transcribe:Azure:AttemptTimeout", "00:00:00.500"));

        Assert.Equal(["good", "morning"], words.Select(w => w.Text));
        Assert.Equal(2, server.Requests);
    }

    [Fact]
    public async Task AWrongKeyFailsAtOnceWithAClearErrorAndIsNeverLogged()
    {
        const string wrongKey = "0d1e-wrong-key-that-must-not-be-logged-either";

        var error = await Assert.ThrowsAsync<AzureSpeechException>(() => RecognizeAsync(("Transcribe:Azure:Key", wrongKey)));

        Assert.Equal(HttpStatusCode.Unauthorized, error.Status);
        Assert.Contains("refused the key (401 Unauthorized)", error.Message, StringComparison.Ordinal);
        Assert.Contains("Transcribe:Azure:Key", error.Message, StringComparison.Ordinal);
        Assert.Equal(1, server.Requests);
        Assert.Contains("Ocp-Apim-Subscription-Key: *", logs.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(wrongKey, logs.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(wrongKey, error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ForbiddenIsReportedAsARefusedKey()
    {
        server.Then(ShortAudioServer.Status(HttpStatusCode.Forbidden));

        var error = await Assert.ThrowsAsync<AzureSpeechException>(() => RecognizeAsync());

        Assert.Contains("refused the key (403 Forbidden)", error.Message, StringComparison.Ordinal);
        Assert.Equal(1, server.Requests);
        AssertTheKeyWasNeverLogged(error);
    }

    [Fact]
    public async Task ABadRequestFailsWithTheServicesReasonAndTheLanguage()
    {
        server.Then(ShortAudioServer.Status(HttpStatusCode.BadRequest, $"Unsupported language (key {ShortAudioServer.Key})"));

        var error = await Assert.ThrowsAsync<AzureSpeechException>(() => RecognizeAsync());

        Assert.Contains("rejected the request (400 Bad Request) for language en-US: Unsupported language", error.Message, StringComparison.Ordinal);
        Assert.Equal(1, server.Requests);
        AssertTheKeyWasNeverLogged(error);
    }

    [Fact]
    public async Task ServerErrorsThatDoNotStopGiveUpAfterTheConfiguredRetriesWithoutLoggingTheKey()
    {
        server.Default = ShortAudioServer.Status(HttpStatusCode.ServiceUnavailable);

        var error = await Assert.ThrowsAsync<AzureSpeechException>(() => RecognizeAsync(("Transcribe:Azure:MaxRetries", "2")));

        Assert.Contains("still answered 503 Service Unavailable after 3 attempts", error.Message, StringComparison.Ordinal);
        Assert.Equal(3, server.Requests);
        Assert.Equal(2, logs.Lines.Count(l => l.Contains("retrying in", StringComparison.Ordinal) && l.StartsWith("Warning", StringComparison.Ordinal)));
        AssertTheKeyWasNeverLogged(error);
    }

    [Fact]
    public async Task TheKeyIsTakenFromAzureSpeechKeyWhenNotConfigured()
    {
        var words = await RecognizeAsync(("Transcribe:Azure:Key", null), (AzureSpeechOptions.KeyVariable, ShortAudioServer.Key));

        Assert.Equal(2, words.Count);
        Assert.Equal(0, server.Refused);
    }
}
