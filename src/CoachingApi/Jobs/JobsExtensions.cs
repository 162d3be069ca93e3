using CallCoach.Analyze.Classification;
using CallCoach.Analyze.Packs;
using CallCoach.Analyze.Radar;
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
        builder.Services.AddQuartz(quartz =>
        {
            quartz.AddJob<WeeklyPacksJob>(job => job.WithIdentity(WeeklyPacksJob.Key));
            quartz.AddTrigger(trigger => trigger
                .ForJob(WeeklyPacksJob.Key)
                .WithIdentity("weekly-packs-monday")
                .WithCronSchedule(packs.WeeklyCron, cron => cron.InTimeZone(packs.Zone).WithMisfireInstruction(CronTriggerMisfireInstruction.FireAndProceed)));
            if (MissedFire.Last(packs.WeeklyCron, packs.Zone, DateTimeOffset.UtcNow, TimeSpan.FromDays(7)) is not null)
            {
                quartz.AddTrigger(trigger => trigger.ForJob(WeeklyPacksJob.Key).WithIdentity("weekly-packs-catch-up").StartNow());
            }

            // The 1st at 06:00 UTC, well before the 5th the method asks for; idempotent, so it also catches up at start.
            const string monthly = "0 0 6 1 * ?";
            quartz.AddJob<CoachingEffectJob>(job => job.WithIdentity(CoachingEffectJob.Key));
            quartz.AddTrigger(trigger => trigger
                .ForJob(CoachingEffectJob.Key)
                .WithIdentity("coaching-effect-monthly")
                .WithCronSchedule(monthly, cron => cron.InTimeZone(TimeZoneInfo.Utc).WithMisfireInstruction(CronTriggerMisfireInstruction.FireAndProceed)));
            if (MissedFire.Last(monthly, TimeZoneInfo.Utc, DateTimeOffset.UtcNow, TimeSpan.FromDays(4)) is not null)
            {
                quartz.AddTrigger(trigger => trigger.ForJob(CoachingEffectJob.Key).WithIdentity("coaching-effect-catch-up").StartNow());
            }

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
        builder.Services.AddQuartzHostedService(options => options.WaitForJobsToComplete = true);
        return builder;
    }
}
