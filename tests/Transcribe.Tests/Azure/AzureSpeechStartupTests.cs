using Microsoft.Extensions.Options;

namespace CallCoach.Transcribe.Tests.Azure;

/// <summary>Settings are checked at start, without calling Azure; the messages never repeat the key.</summary>
public sealed class AzureSpeechStartupTests
{
    private const string Key = "9a7c-a-configured-key-never-to-be-repeated";

    private static readonly (string, string?)[] KeyAndRegion = [("Transcribe:Azure:Key", Key), ("Transcribe:Azure:Region", "westeurope")];

    private static async Task<string> StartFailureAsync(params (string, string?)[] settings)
    {
        using var host = TranscriptionHost.Build([("Transcribe:Engine", "azure"), .. settings]);

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());
        Assert.DoesNotContain(Key, error.Message, StringComparison.Ordinal);
        return error.Message;
    }

    [Fact]
    public async Task AMissingKeyStopsTheStartNamingBothPlacesToPutIt()
    {
        var message = await StartFailureAsync(("Transcribe:Azure:Region", "westeurope"));

        Assert.Contains("Transcribe:Azure:Key", message, StringComparison.Ordinal);
        Assert.Contains("AZURE_SPEECH_KEY", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task NeitherRegionNorEndpointStopsTheStart()
    {
        var message = await StartFailureAsync(("Transcribe:Azure:Key", Key));

        Assert.Contains("Transcribe:Azure:Region", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ALanguageThatIsNoLocaleStopsTheStart()
    {
        var message = await StartFailureAsync([.. KeyAndRegion, ("Transcribe:Azure:Language", "chinese")]);

        Assert.Contains("'chinese' is not a locale", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnAttemptTimeoutLongerThanTheTotalStopsTheStart()
    {
        var message = await StartFailureAsync([.. KeyAndRegion, ("Transcribe:Azure:Timeout", "00:00:10"), ("Transcribe:Azure:AttemptTimeout", "00:00:30")]);

        Assert.Contains("AttemptTimeout", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UtterancesLongerThanTheShortAudioLimitStopTheStart()
    {
        var message = await StartFailureAsync([.. KeyAndRegion, ("Transcribe:VoiceActivity:MaxUtteranceSeconds", "90")]);

        Assert.Contains("at most 60 s", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ARegionAndKeyAreEnoughToStart()
    {
        using var host = TranscriptionHost.Build([("Transcribe:Engine", "azure"), .. KeyAndRegion]);

        await host.StartAsync();
        await host.StopAsync();
    }
}
