using CallCoach.Analyze.Classification;
using CallCoach.Analyze.Packs;
using CallCoach.Analyze.Radar;
using CallCoach.Core.Paths;
using Quartz;

namespace CallCoach.CoachingApi.Jobs;

public static class JobsExtensions
{
    /// <summary>The scheduled jobs; their cron strings come from configuration.</summary>
    public static IHostApplicationBuilder AddCoachingJobs(this IHostApplicationBuilder builder)
    {
        var retrainCron = builder.Configuration.GetSection(ClassificationOptions.Section).Get<ClassificationOptions>()?.RetrainCron
            ?? new ClassificationOptions().RetrainCron;
        var packs = builder.Configuration.GetSection(PackOptions.Section).Get<PackOptions>() ?? new PackOptions();
        var radarCron = builder.Configuration.GetSection(RadarOptions.Section).Get<RadarOptions>()?.RecomputeCron ?? new RadarOptions().RecomputeCron;
        var data = builder.Configuration.GetSection(DataOptions.Section).Get<DataOptions>() ?? new DataOptions();
        var now = DateTimeOffset.UtcNow;
        builder.Services.AddCoachingScheduler(data, quartz =>
        {
            quartz.AddJob<WeeklyPacksJob>(job => job.WithIdentity(WeeklyPacksJob.Key));
            quartz.AddTrigger(trigger => trigger
                .ForJob(WeeklyPacksJob.Key)
                .WithIdentity("weekly-packs-monday")
                .WithCronScheduleMakingUp(packs.WeeklyCron, packs.Zone, now, TimeSpan.FromDays(7)));

            // The 1st at 06:00 UTC, well before the 5th the method asks for; idempotent, so a missed 1st is made up.
            quartz.AddJob<CoachingEffectJob>(job => job.WithIdentity(CoachingEffectJob.Key));
            quartz.AddTrigger(trigger => trigger
                .ForJob(CoachingEffectJob.Key)
                .WithIdentity("coaching-effect-monthly")
                .WithCronScheduleMakingUp("0 0 6 1 * ?", TimeZoneInfo.Utc, now, TimeSpan.FromDays(4)));

            quartz.AddJob<RadarRecomputeJob>(job => job.WithIdentity(RadarRecomputeJob.Key));
            quartz.AddTrigger(trigger => trigger
                .ForJob(RadarRecomputeJob.Key)
                .WithIdentity("radar-nightly")
                .WithCronSchedule(radarCron, cron => cron.InTimeZone(packs.Zone).WithMisfireInstruction(CronTriggerMisfireInstruction.FireAndProceed)));

            quartz.AddJob<RetrainModelsJob>(job => job.WithIdentity(RetrainModelsJob.Key));
            quartz.AddTrigger(trigger => trigger
                .ForJob(RetrainModelsJob.Key)
                .WithIdentity("retrain-models-nightly")
                .WithCronSchedule(retrainCron, cron => cron.WithMisfireInstruction(CronTriggerMisfireInstruction.FireAndProceed)));
        });
        return builder;
    }
}
