using Microsoft.Extensions.Options;

namespace CallCoach.Transcribe.Engines;

/// <summary>
/// Runs an engine's own validator only when that engine is the one configured, so that, say, PocketSphinx's model
/// files need not exist on a machine that sends its audio to Azure.
/// </summary>
internal sealed class ChosenEngineValidator<TOptions>(
    SpeechEngine engine,
    IValidateOptions<TOptions> validator,
    IOptions<SpeechEngineOptions> selection) : IValidateOptions<TOptions>
    where TOptions : class
{
    public ValidateOptionsResult Validate(string? name, TOptions options)
    {
        SpeechEngine chosen;
        try
        {
            chosen = selection.Value.Selected();
        }
        catch (OptionsValidationException)
        {
            // The engine name itself is wrong: its own validator says so once, rather than once per engine.
            return ValidateOptionsResult.Skip;
        }

        return chosen == engine ? validator.Validate(name, options) : ValidateOptionsResult.Skip;
    }
}
