using System.Globalization;

namespace CallCoach.CoachingApi.Packs;

/// <summary>The ISO 8601 week ("2026-W48") an instant falls in, in the packs' time zone.</summary>
public static class PackWeek
{
    public static string Of(DateTimeOffset at, TimeZoneInfo zone)
    {
        var local = TimeZoneInfo.ConvertTime(at, zone).DateTime;
        return string.Create(CultureInfo.InvariantCulture, $"{ISOWeek.GetYear(local)}-W{ISOWeek.GetWeekOfYear(local):00}");
    }

    public static bool IsValid(string week) =>
        week.Length == 8 && week[4] == '-' && week[5] == 'W'
        && int.TryParse(week.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var year) && year is > 2000 and < 3000
        && int.TryParse(week.AsSpan(6, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number >= 1 && number <= ISOWeek.GetWeeksInYear(year);
}
