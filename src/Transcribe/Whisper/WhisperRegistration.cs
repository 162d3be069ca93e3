using CallCoach.Core.Paths;
using CallCoach.Transcribe.Engines;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace CallCoach.Transcribe.Whisper;

internal static class WhisperRegistration
{
    public static IServiceCollection AddWhisper(this IServiceCollection services)
    {
        services.AddEngineOptions<WhisperOptions, WhisperOptionsValidator>(SpeechEngine.Whisper, WhisperOptions.Section)
            .PostConfigure<IOptions<DataOptions>>((whisper, data) =>
            {
                // Like the lexicon, a relative model path lives under Data:Models.
                if (!string.IsNullOrWhiteSpace(whisper.ModelPath))
                {
                    whisper.ModelPath = Path.GetFullPath(Path.Combine(data.Value.ModelsRoot, whisper.ModelPath));
                }
            });
        services.TryAddSingleton<WhisperModel>();
        services.TryAddSingleton<WhisperRecognizerFactory>();
        return services;
    }
}
