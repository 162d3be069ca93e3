using CallCoach.Core;
using CallCoach.Transcribe.Azure;
using CallCoach.Transcribe.PocketSphinx;
using CallCoach.Transcribe.Whisper;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace CallCoach.Transcribe.Engines;

public static class SpeechEngineRegistration
{
    /// <summary>
    /// Every engine is registered; <c>Transcribe:Engine</c> picks the <see cref="ISpeechRecognizerFactory"/> when it is
    /// first resolved, and only the chosen engine's options are validated at start.
    /// </summary>
    public static IServiceCollection AddSpeechEngines(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddValidatedOptions<SpeechEngineOptions>(SpeechEngineOptions.Section);
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<SpeechEngineOptions>, SpeechEngineOptionsValidator>());

        services.AddEngineOptions<PocketSphinxOptions, PocketSphinxOptionsValidator>(SpeechEngine.PocketSphinx, PocketSphinxOptions.Section);
        services.TryAddSingleton<PocketSphinxRecognizerFactory>();
        services.AddWhisper();
        services.AddAzureSpeech(configuration);

        services.TryAddSingleton<ISpeechRecognizerFactory>(sp => sp.GetRequiredService<IOptions<SpeechEngineOptions>>().Value.Selected() switch
        {
            SpeechEngine.Whisper => sp.GetRequiredService<WhisperRecognizerFactory>(),
            SpeechEngine.Azure => sp.GetRequiredService<AzureSpeechRecognizerFactory>(),
            _ => sp.GetRequiredService<PocketSphinxRecognizerFactory>(),
        });
        return services;
    }

    /// <summary>Binds an engine's options, validated at start by <typeparamref name="TValidator"/> when that engine is chosen.</summary>
    internal static OptionsBuilder<TOptions> AddEngineOptions<TOptions, TValidator>(this IServiceCollection services, SpeechEngine engine, string section)
        where TOptions : class
        where TValidator : class, IValidateOptions<TOptions>
    {
        services.AddSingleton<TValidator>();
        services.AddSingleton<IValidateOptions<TOptions>>(sp => new ChosenEngineValidator<TOptions>(
            engine, sp.GetRequiredService<TValidator>(), sp.GetRequiredService<IOptions<SpeechEngineOptions>>()));
        return services.AddValidatedOptions<TOptions>(section);
    }
}
