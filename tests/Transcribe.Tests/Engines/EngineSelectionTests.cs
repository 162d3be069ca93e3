using CallCoach.Transcribe.Azure;
using CallCoach.Transcribe.PocketSphinx;
using CallCoach.Transcribe.Whisper;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CallCoach.Transcribe.Tests.Engines;

public sealed class EngineSelectionTests
{
    private static readonly (string, string?)[] UsableAzure =
    [
        ("Transcribe:Azure:Region", "westeurope"),
        ("Transcribe:Azure:Key", "a-key-for-a-start-that-never-calls-azure"),
    ];

    [Fact]
    public void PocketSphinxIsTheEngineWhenNoneIsConfigured()
    {
        using var host = TranscriptionHost.Build();

        Assert.IsType<PocketSphinxRecognizerFactory>(host.Services.GetRequiredService<ISpeechRecognizerFactory>());
    }

    [Theory]
    [InlineData("pocketsphinx", typeof(PocketSphinxRecognizerFactory))]
    [InlineData("whisper", typeof(WhisperRecognizerFactory))]
    [InlineData("azure", typeof(AzureSpeechRecognizerFactory))]
    [InlineData("Whisper", typeof(WhisperRecognizerFactory))]
    public void TheConfiguredEngineProvidesTheRecognizers(string engine, Type factory)
    {
        using var host = TranscriptionHost.Build(("Transcribe:Engine", engine));

        Assert.IsType(factory, host.Services.GetRequiredService<ISpeechRecognizerFactory>());
    }

    [Fact]
    public async Task AnUnknownEngineStopsTheStartOnceListingTheValidOnes()
    {
        using var host = TranscriptionHost.Build(("Transcribe:Engine", "kaldi"));

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Contains("'kaldi'", error.Message, StringComparison.Ordinal);
        Assert.Contains("pocketsphinx, whisper, azure", error.Message, StringComparison.Ordinal);
        Assert.Single(error.Failures);
    }

    [Fact]
    public async Task PocketSphinxFilesNeedNotExistWhenAzureIsChosen()
    {
        using var host = TranscriptionHost.Build(
        [
            ("Transcribe:Engine", "azure"),
            ("Transcribe:PocketSphinx:AcousticModel", "/nonexistent/pocketsphinx/en-us"),
            .. UsableAzure,
        ]);

        await host.StartAsync();
        await host.StopAsync();
    }

    [Fact]
    public async Task WhisperAndAzureSettingsAreNotCheckedWhenPocketSphinxIsChosen()
    {
        using var host = TranscriptionHost.Build(
            ("Transcribe:Whisper:ModelPath", "/nonexistent/ggml-base.bin"),
            ("Transcribe:Azure:Region", "not a region"));

        await host.StartAsync();
        await host.StopAsync();
    }

    [Fact]
    public async Task AMissingPocketSphinxModelStillStopsTheStartWhenPocketSphinxIsChosen()
    {
        using var host = TranscriptionHost.Build(
        [
            ("Transcribe:Engine", "pocketsphinx"),
            ("Transcribe:PocketSphinx:AcousticModel", "/nonexistent/pocketsphinx/en-us"),
            .. UsableAzure,
        ]);

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Contains("/nonexistent/pocketsphinx/en-us", error.Message, StringComparison.Ordinal);
    }
}
