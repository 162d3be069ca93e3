using CallCoach.Testing;
using CallCoach.Transcribe.Whisper;
using Microsoft.Extensions.Options;
using Whisper.net.LibraryLoader;

namespace CallCoach.Transcribe.Tests.Whisper;

/// <summary>
/// What can be checked of Whisper without a model, since none can be downloaded here: the native runtime loads,
/// and every kind of missing or damaged model stops the start with a message instead of failing the first call
/// or aborting the process.
/// </summary>
public sealed class WhisperStartupTests : IDisposable
{
    private readonly TempDirectory folder = new("whisper");

    private static async Task<string> StartFailureAsync(string modelPath, string language = "auto")
    {
        using var host = TranscriptionHost.Build(
            ("Transcribe:Engine", "whisper"),
            ("Transcribe:Whisper:ModelPath", modelPath),
            ("Transcribe:Whisper:Language", language));

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());
        Assert.Contains("Transcribe:Whisper:ModelPath", error.Message, StringComparison.Ordinal);
        return error.Message;
    }

    [Fact]
    public void TheNativeWhisperRuntimeLoadsOnThisMachine()
    {
        Assert.Contains("CPU", WhisperModel.RuntimeInfo, StringComparison.Ordinal);
        Assert.Equal(RuntimeLibrary.Cpu, RuntimeOptions.LoadedLibrary);
        Assert.Contains("en", WhisperModel.Languages);
        Assert.Contains("zh", WhisperModel.Languages);
    }

    [Fact]
    public async Task AMissingModelFileStopsTheStartNamingThePath()
    {
        var message = await StartFailureAsync("/nonexistent/ggml-base.bin");

        Assert.Contains("/nonexistent/ggml-base.bin does not exist", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task NoConfiguredModelStopsTheStart()
    {
        var message = await StartFailureAsync(string.Empty);

        Assert.Contains("no model is configured", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RandomBytesInsteadOfAModelStopTheStart()
    {
        var path = BrokenModelFiles.RandomBytes(folder.File("ggml-base.bin"));

        var message = await StartFailureAsync(path);

        Assert.Contains($"{path} cannot be used", message, StringComparison.Ordinal);
        Assert.Contains("not a whisper.cpp model", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnUnknownWeightTypeStopsTheStartInsteadOfAbortingTheProcess()
    {
        var message = await StartFailureAsync(BrokenModelFiles.UnknownWeightType(folder.File("ggml-base.bin")));

        Assert.Contains("unknown weight type (ftype = 999)", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AModelCutShortInItsHeaderStopsTheStart()
    {
        var message = await StartFailureAsync(BrokenModelFiles.CutInsideHeader(folder.File("ggml-base.bin")));

        Assert.Contains("ends inside its header", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AModelWithoutWeightsStopsTheStartThoughWhisperCppWouldLoadIt()
    {
        var message = await StartFailureAsync(BrokenModelFiles.WithoutWeights(folder.File("ggml-base.bin")));

        Assert.Contains("the weights are missing", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AModelCutShortInItsWeightsIsRefusedByWhisperCppAtStart()
    {
        var message = await StartFailureAsync(BrokenModelFiles.CutInsideWeights(folder.File("ggml-base.bin")));

        // The header passes the managed check, so this is whisper.cpp's own verdict from really loading the file.
        Assert.Contains("whisper.cpp refused it", message, StringComparison.Ordinal);
        Assert.Contains("not all tensors loaded", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ALanguageWhisperDoesNotKnowIsNamedAlongsideTheModelProblem()
    {
        var message = await StartFailureAsync("/nonexistent/ggml-base.bin", language: "klingon");

        Assert.Contains("Language 'klingon' is not a Whisper language", message, StringComparison.Ordinal);
        Assert.Contains("/nonexistent/ggml-base.bin does not exist", message, StringComparison.Ordinal);
    }

    public void Dispose() => folder.Dispose();
}
