using Microsoft.Extensions.Options;

namespace CallCoach.Transcribe.Engines;

public sealed class SpeechEngineOptionsValidator : IValidateOptions<SpeechEngineOptions>
{
    public ValidateOptionsResult Validate(string? name, SpeechEngineOptions options) =>
        SpeechEngineOptions.Names.ContainsKey(options.Engine.Trim())
            ? ValidateOptionsResult.Success
            : ValidateOptionsResult.Fail(
                $"Transcribe:Engine is '{options.Engine}', which is not a speech engine CallCoach knows. " +
                $"Use one of: {string.Join(", ", SpeechEngineOptions.Names.Keys)}.");
}
