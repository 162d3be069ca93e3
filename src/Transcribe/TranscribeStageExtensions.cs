using CallCoach.Core;
using CallCoach.Core.Work;
using CallCoach.Transcribe.Diarization;
using CallCoach.Transcribe.Engines;
using CallCoach.Transcribe.Segmentation;
using CallCoach.Transcribe.VoiceProfiles;
using CallCoach.Transcribe.Workers;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace CallCoach.Transcribe;

public static class TranscribeStageExtensions
{
    /// <summary>The recognizers without their workers: what `callcoach analyze` needs.</summary>
    public static IHostApplicationBuilder AddTranscription(this IHostApplicationBuilder builder)
    {
        builder.Services.AddValidatedOptions<VoiceActivityOptions>(VoiceActivityOptions.Section);
        builder.Services.AddSpeechEngines(builder.Configuration);
        builder.Services.AddValidatedOptions<DiarizationOptions>(DiarizationOptions.Section);
        builder.Services.AddSingleton<SpeakerDiarizer>();
        builder.Services.AddSingleton<VoiceProfileStore>();
        builder.Services.AddSingleton<VoiceEnrollment>();
        builder.Services.AddSingleton<ChannelTranscriber>();
        return builder;
    }

    public static IHostApplicationBuilder AddTranscribeStage(this IHostApplicationBuilder builder)
    {
        builder.AddTranscription();
        if (ServeRoles.From(builder.Configuration).Transcribe)
        {
            builder.Services.AddHostedService<TranscribeWorkers>();
        }

        return builder;
    }
}
