using CallCoach.Analyze.Classification;
using Quartz;

namespace CallCoach.CoachingApi.Jobs;

public static class JobsExtensions
{
    /// <summary>The scheduled jobs; their cron strings come from configuration.</summary>
    public static IHostApplicationBuilder AddCoachingJobs(this IHostApplicationBuilder builder)
    {
        var retrainCron = builder.Configuration.GetSection(ClassificationOptions.Section).Get<ClassificationOptions>()?.RetrainCron
            ?? new ClassificationOptions().RetrainCron;
        builder.Services.AddQuartz(quartz =>
        {
            quartz.AddJob<RetrainModelsJob>(job => job.WithIdentity(RetrainModelsJob.Key));
            quartz.AddTrigger(trigger => trigger
                .ForJob(RetrainModelsJob.Key)
                .WithIdentity("retrain-models-nightly")
                .WithCronSchedule(retrainCron, cron => cron.WithMisfireInstruction(CronTriggerMisfireInstruction.FireAndProceed)));
        });
        builder.Services.AddQuartzHostedService(options => options.WaitForJobsToComplete = true);
        return builder;
    }
}
