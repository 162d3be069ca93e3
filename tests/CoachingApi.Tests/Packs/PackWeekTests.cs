using CallCoach.CoachingApi.Packs;

namespace CallCoach.CoachingApi.Tests.Packs;

public sealed class PackWeekTests
{
    [Fact]
    public void TheWeekIsTheIsoWeekInThePacksTimeZone()
    {
        var shanghai = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");
        // Sunday 2026-11-29 20:00 UTC is already Monday 04:00 in Shanghai: ISO week 49 there, 48 in UTC.
        var at = new DateTimeOffset(2026, 11, 29, 20, 0, 0, TimeSpan.Zero);

        Assert.Equal("2026-W48", PackWeek.Of(at, TimeZoneInfo.Utc));
        Assert.Equal("2026-W49", PackWeek.Of(at, shanghai));
        // New Year's Day 2027 is a Friday, in the 53rd ISO week of 2026.
        Assert.Equal("2026-W53", PackWeek.Of(new DateTimeOffset(2027, 1, 1, 12, 0, 0, TimeSpan.Zero), TimeZoneInfo.Utc));
    }

    [Theory]
    [InlineData("2026-W48", true)]
    [InlineData("2026-W53", true)]
    [InlineData("2025-W53", false)]
    [InlineData("2026-48", false)]
    [InlineData("2026-W00", false)]
    [InlineData("26-W48", false)]
    public void OnlyRealIsoWeeksAreValid(string week, bool valid) => Assert.Equal(valid, PackWeek.IsValid(week));
}
