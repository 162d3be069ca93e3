using System.Globalization;
using CallCoach.CoachingApi.Jobs;
using CallCoach.Core.Paths;
using CallCoach.Core.Storage;
using CallCoach.Testing;
using Quartz;

namespace CallCoach.CoachingApi.Tests.Jobs;

/// <summary>The scheduler as the service configures it, on a throwaway PostgreSQL (a cluster) and on SQLite (in memory).</summary>
public sealed class CoachingSchedulerTests(PostgresServer server) : IClassFixture<PostgresServer>
{
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(1);
    // Long enough for a node to acquire, or to handle as misfired, a trigger that is due: it does so at its start.
    private static readonly TimeSpan Settle = TimeSpan.FromSeconds(5);
    private static readonly TriggerKey Weekly = new("weekly");

    [Fact]
    public async Task TwoNodesOnOneDatabaseRunEveryFireTimeOnceBetweenThem()
    {
        var data = await PostgresAsync("cluster");
        var log = new FiringLog();
        static void EverySecond(IQuartzBuilder quartz) =>
            quartz.AddTrigger(trigger => trigger.ForJob(RecordingJob.Key).WithIdentity("every-second").WithCronSchedule("* * * * * ?"));

        await using var first = await SchedulerNode.StartAsync(data, log, EverySecond);
        await using var second = await SchedulerNode.StartAsync(data, log, EverySecond);
        // The fire times from here on, once both nodes run. A node that declares the trigger again at the very second
        // another fires it may run that fire once more (decision 024): the start is not what this test measures.
        var joined = TimeProvider.System.GetUtcNow().AddSeconds(2);
        await log.WaitForAsync(log.Firings.Count + 12, Patience);

        var twice = log.Firings.Where(f => f.ScheduledFor > joined).GroupBy(f => f.ScheduledFor).Where(g => g.Count() > 1)
            .Select(g => $"{g.Key:O} on {string.Join(", ", g.Select(f => f.Node))}");
        Assert.Empty(twice);
        Assert.True(log.Firings.Count(f => f.ScheduledFor > joined) >= 8, "the cluster kept firing after the second node joined");
        var nodes = await first.Scheduler.QueryClusterNodes();
        var metadata = await second.Scheduler.GetMetadata();
        Assert.Equal(2, nodes.Select(n => n.InstanceId).Distinct().Count());
        Assert.Equal((true, true, CoachingScheduler.Name), (metadata.JobStorePersistent, metadata.JobStoreClustered, metadata.SchedulerName));
    }

    [Fact]
    public async Task AFireMissedWhileEveryNodeWasDownIsMadeUpOnceAtTheNextStart()
    {
        var data = await PostgresAsync("downtime");
        var log = new FiringLog();
        static void EveryTenSeconds(IQuartzBuilder quartz) => quartz.AddTrigger(trigger => trigger
            .ForJob(RecordingJob.Key)
            .WithIdentity("every-ten-seconds")
            .WithCronSchedule("0/10 * * * * ?", cron => cron.WithMisfireInstruction(CronTriggerMisfireInstruction.FireAndProceed)));

        await using (await SchedulerNode.StartAsync(data, log, EveryTenSeconds))
        {
            await log.WaitForAsync(1, Patience);
        }

        var missed = log.Firings.Max(f => f.ScheduledFor).AddSeconds(10);
        while (TimeProvider.System.GetUtcNow() < missed.AddSeconds(2))
        {
            await Task.Delay(200);
        }

        await using (await SchedulerNode.StartAsync(data, log, EveryTenSeconds))
        {
            await log.WaitForAsync(log.Firings.Count + 1, Patience);
        }

        Assert.Contains(missed, log.Firings.Select(f => f.ScheduledFor));
        Assert.Equal(log.Firings.Count, log.Firings.Select(f => f.ScheduledFor).Distinct().Count());
    }

    [Fact]
    public async Task AWeeklyFireMissedBeforeTheClusterStartedRunsOnceAndNotAgainWhenANodeJoinsOrAllRestart()
    {
        var data = await PostgresAsync("catch_up");
        var log = new FiringLog();
        var (cron, missed) = WeeklyCronTwoHoursAgo();
        await using (await SchedulerNode.StartAsync(data, log, MakingUpWeekly(cron)))
        {
            await log.WaitForAsync(1, Patience);
            await using var second = await SchedulerNode.StartAsync(data, log, MakingUpWeekly(cron));
            await Task.Delay(Settle);

            var stored = await second.Scheduler.GetTrigger(Weekly);
            Assert.Equal(missed.AddDays(7), stored!.NextFireTimeUtc);
        }

        await using (await SchedulerNode.StartAsync(data, log, MakingUpWeekly(cron)))
        {
            await Task.Delay(Settle);
        }

        Assert.Single(log.Firings);
    }

    [Fact]
    public async Task WithSqliteTheTriggersStayInMemoryAndAMissedWeeklyFireRunsOnceAtStart()
    {
        var log = new FiringLog();
        var (cron, _) = WeeklyCronTwoHoursAgo();

        await using var node = await SchedulerNode.StartAsync(new DataOptions { Provider = StoreProvider.Sqlite }, log, MakingUpWeekly(cron));
        await log.WaitForAsync(1, Patience);
        await Task.Delay(Settle);

        var metadata = await node.Scheduler.GetMetadata();
        Assert.Equal((false, false), (metadata.JobStorePersistent, metadata.JobStoreClustered));
        Assert.Single(log.Firings);
    }

    /// <summary>The weekly trigger as the service declares the weekly packs' one, read at the node's start as the service reads it.</summary>
    private static Action<IQuartzBuilder> MakingUpWeekly(string cron) => quartz => quartz.AddTrigger(trigger => trigger
        .ForJob(RecordingJob.Key)
        .WithIdentity(Weekly)
        .WithCronScheduleMakingUp(cron, TimeZoneInfo.Utc, TimeProvider.System.GetUtcNow(), TimeSpan.FromDays(7)));

    /// <summary>A weekly cron whose last fire time was two hours ago (on the minute), so it lies inside a week's look-back.</summary>
    private static (string Cron, DateTimeOffset Missed) WeeklyCronTwoHoursAgo()
    {
        var missed = TimeProvider.System.GetUtcNow().AddHours(-2);
        missed = new DateTimeOffset(missed.Year, missed.Month, missed.Day, missed.Hour, missed.Minute, 0, TimeSpan.Zero);
        var day = missed.DayOfWeek.ToString()[..3].ToUpperInvariant();
        return (string.Create(CultureInfo.InvariantCulture, $"0 {missed.Minute} {missed.Hour} ? * {day}"), missed);
    }

    private async Task<DataOptions> PostgresAsync(string label) =>
        new() { Provider = StoreProvider.Postgres, ConnectionString = await server.CreateDatabaseAsync(label) };
}
