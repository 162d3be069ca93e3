using CallCoach.CoachingApi.Jobs;

namespace CallCoach.CoachingApi.Tests.Jobs;

public sealed class MissedFireTests
{
    private static readonly TimeZoneInfo Shanghai = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");

    [Fact]
    public void TheLastMondayMorningIsFoundInThePacksTimeZone()
    {
        // Wednesday 2026-11-25 10:00 in Shanghai; the last Monday 07:30 there was 2026-11-23, 23:30 UTC the day before.
        var now = new DateTimeOffset(2026, 11, 25, 2, 0, 0, TimeSpan.Zero);

        var last = MissedFire.Last("0 30 7 ? * MON", Shanghai, now, TimeSpan.FromDays(7));

        Assert.Equal(new DateTimeOffset(2026, 11, 22, 23, 30, 0, TimeSpan.Zero), last);
    }

    [Fact]
    public void NoFireTimeInsideTheLookBackMeansNothingWasMissed()
    {
        var now = new DateTimeOffset(2026, 11, 25, 2, 0, 0, TimeSpan.Zero);

        Assert.Null(MissedFire.Last("0 30 7 ? * MON", Shanghai, now, TimeSpan.FromDays(1)));
    }
}
