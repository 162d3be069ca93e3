using CallCoach.Analyze;
using CallCoach.Core;
using CallCoach.Ingest;
using CallCoach.Transcribe;

namespace CallCoach.CoachingApi.Hosting;

public static class CallCoachStagesExtensions
{
    /// <summary>
    /// The whole pipeline. The host stops services in reverse order of registration, so registering
    /// downstream first means intake stops first and Analyze last, storing what was handed to it.
    /// </summary>
    public static IHostApplicationBuilder AddCallCoachStages(this IHostApplicationBuilder builder)
    {
        builder.AddCallCoachCore();
        builder.AddAnalyzeStage();
        builder.AddTranscribeStage();
        builder.AddIngestStage();
        return builder;
    }
}
