using Microsoft.Extensions.Options;

namespace CallCoach.Transcribe.Whisper;

/// <summary>Fails the start when the model cannot be loaded, by loading it: the check is the real thing.</summary>
public sealed class WhisperOptionsValidator(WhisperModel model) : IValidateOptions<WhisperOptions>
{
    private const string Hint =
        "Set Transcribe:Whisper:ModelPath to a ggml model file from whisper.cpp (for example ggml-base.bin); CallCoach downloads no models";

    public ValidateOptionsResult Validate(string? name, WhisperOptions options)
    {
        var problems = new List<string>();
        if (options.Threads is < 0 or > 64)
        {
            problems.Add($"Transcribe:Whisper:Threads is {options.Threads}; use 0 (whisper.cpp's default) to 64");
        }

        // Without the native runtime no model can load either: the runtime's one message says so.
        if (CheckLanguage(options.Language, problems))
        {
            if (string.IsNullOrWhiteSpace(options.ModelPath))
            {
                problems.Add("no model is configured");
            }
            else
            {
                LoadModel(options.ModelPath, problems);
            }
        }

        return problems.Count == 0
            ? ValidateOptionsResult.Success
            : ValidateOptionsResult.Fail($"Whisper is not usable: {string.Join("; ", problems)}. {Hint}.");
    }

    /// <returns>Whether the native runtime loaded.</returns>
    private static bool CheckLanguage(string language, List<string> problems)
    {
        IReadOnlyList<string> languages;
        try
        {
            languages = WhisperModel.Languages;
        }
        catch (InvalidOperationException e)
        {
            problems.Add(e.Message);
            return false;
        }

        if (language != WhisperOptions.Auto && !languages.Contains(language))
        {
            problems.Add($"Transcribe:Whisper:Language '{language}' is not a Whisper language; use auto, en, zh, …");
        }

        return true;
    }

    private void LoadModel(string path, List<string> problems)
    {
        try
        {
            model.Load(path);
        }
        catch (FileNotFoundException)
        {
            problems.Add($"the model file {path} does not exist");
        }
        catch (Exception e) when (e is InvalidDataException or InvalidOperationException or IOException or UnauthorizedAccessException)
        {
            problems.Add($"the model file {path} cannot be used: {e.Message}");
        }
    }
}
