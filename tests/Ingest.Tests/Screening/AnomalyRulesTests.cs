using System.ComponentModel.DataAnnotations;
using CallCoach.Core.Calls;
using CallCoach.Core.Reps;
using CallCoach.Core.Screening;
using CallCoach.Core.Storage;
using CallCoach.Ingest.Screening;
using CallCoach.Ingest.Tests.Intake;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace CallCoach.Ingest.Tests.Screening;

public sealed class AnomalyRulesTests
{
    /// <summary>mei works in Shanghai (UTC+8, no daylight saving), jonas in Berlin (CET/CEST); anyone else in UTC.</summary>
    private static readonly RepDirectory Directory = new(Options.Create(new RepDirectoryOptions
    {
        Reps =
        [
            new RepDirectoryEntry { RepId = "mei", TeamId = "apac", TimeZone = "Asia/Shanghai" },
            new RepDirectoryEntry { RepId = "jonas", TeamId = "emea", TimeZone = "Europe/Berlin" },
        ],
    }));

    private static AnomalyRules Rules(CallStore store, TimeProvider time, AnomalyFlagOptions? options = null) =>
        new(store, Directory, Options.Create(options ?? new AnomalyFlagOptions()), time);

    private static async Task<IReadOnlyList<AnomalyFlag>> FlagsAsync(string repId, DateTimeOffset startedAt, AnomalyFlagOptions? options = null)
    {
        using var harness = await IntakeHarness.CreateAsync();
        // Uploaded an hour after it started, alone: only the working-hours rule can flag it.
        var time = new FakeTimeProvider(startedAt.AddHours(1));
        var (flags, _) = await Rules(new CallStore(harness.Contexts, time), time, options)
            .FindAsync(new CallMetadata { RepId = repId, StartedAt = startedAt }, CancellationToken.None);
        return flags;
    }

    [Theory]
    [InlineData("mei", "2026-03-01T15:30:00Z", true)]      // 23:30 in Shanghai, mid-afternoon in UTC
    [InlineData("mei", "2026-03-01T13:59:00Z", false)]     // 21:59
    [InlineData("mei", "2026-03-01T14:00:00Z", true)]      // 22:00: the end of working hours is not in them
    [InlineData("mei", "2026-03-01T22:59:00Z", true)]      // 06:59 the next day in Shanghai
    [InlineData("mei", "2026-03-01T23:30:00Z", false)]     // 07:30 the next day, though late evening in UTC
    [InlineData("mei", "2026-03-02T07:30:00+08:00", false)] // the same instant, given in Shanghai's offset
    [InlineData("jonas", "2026-03-28T05:30:00Z", true)]    // 06:30 CET, the day before Berlin moves to summer time
    [InlineData("jonas", "2026-03-30T05:30:00Z", false)]   // 07:30 CEST, the day after: same UTC time, inside
    [InlineData("jonas", "2026-03-28T13:30:00+08:00", true)] // 05:30 UTC given in another offset: still 06:30 in Berlin
    [InlineData("jonas", "2026-10-24T20:30:00Z", true)]    // 22:30 CEST, the day before summer time ends
    [InlineData("jonas", "2026-10-26T20:30:00Z", false)]   // 21:30 CET, the day after: same UTC time, inside
    [InlineData("nobody", "2026-03-01T23:30:00Z", true)]   // a rep the directory does not list: its default zone, UTC
    public async Task WorkingHoursAreReadInTheRepsTimeZoneAcrossMidnightAndDaylightSaving(string repId, string startedAt, bool flagged)
    {
        var flags = await FlagsAsync(repId, DateTimeOffset.Parse(startedAt, System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(flagged, flags.Any(f => f.Kind == AnomalyKind.OutsideWorkingHours));
        Assert.DoesNotContain(flags, f => f.Kind != AnomalyKind.OutsideWorkingHours);
    }

    [Fact]
    public async Task TheReasonSaysTheLocalTimeTheZoneAndTheHours()
    {
        var flag = Assert.Single(await FlagsAsync("mei", new DateTimeOffset(2026, 3, 1, 15, 30, 0, TimeSpan.Zero)));

        Assert.Equal(AnomalyKind.OutsideWorkingHours, flag.Kind);
        Assert.Equal("outside working hours: started 2026-03-01 23:30 in Asia/Shanghai (the rep's time zone), working hours 07:00-22:00", flag.Reason);
    }

    [Theory]
    [InlineData("2026-03-01T15:30:00Z", false)] // 23:30 in Shanghai: on the night shift
    [InlineData("2026-03-01T21:30:00Z", false)] // 05:30
    [InlineData("2026-03-01T04:00:00Z", true)]  // noon: off shift
    public async Task ConfiguredHoursThatWrapPastMidnightAreANightShift(string startedAt, bool flagged)
    {
        var nightShift = new AnomalyFlagOptions { WorkingHoursStart = TimeSpan.FromHours(22), WorkingHoursEnd = TimeSpan.FromHours(6) };

        var flags = await FlagsAsync("mei", DateTimeOffset.Parse(startedAt, System.Globalization.CultureInfo.InvariantCulture), nightShift);

        Assert.Equal(flagged, flags.Any(f => f.Kind == AnomalyKind.OutsideWorkingHours));
    }

    [Fact]
    public async Task ACallWithoutAStartTimeIsNotJudgedByTheHourItArrived()
    {
        using var harness = await IntakeHarness.CreateAsync();
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 3, 1, 2, 0, 0, TimeSpan.Zero));

        var (flags, _) = await Rules(new CallStore(harness.Contexts, time), time).FindAsync(new CallMetadata { RepId = "nobody" }, CancellationToken.None);

        Assert.Empty(flags);
    }

    [Theory]
    [InlineData(8, true)]
    [InlineData(6, false)]
    public async Task ACallThatStartedLongerBeforeItsUploadThanTheLateUploadAgeIsFlagged(int daysBefore, bool flagged)
    {
        using var harness = await IntakeHarness.CreateAsync();
        var now = new DateTimeOffset(2026, 3, 10, 12, 0, 0, TimeSpan.Zero);
        var time = new FakeTimeProvider(now);

        var (flags, _) = await Rules(new CallStore(harness.Contexts, time), time)
            .FindAsync(new CallMetadata { RepId = "nobody", StartedAt = now.AddDays(-daysBefore) }, CancellationToken.None);

        Assert.Equal(flagged, flags.Any(f => f.Kind == AnomalyKind.LateUpload));
        if (flagged)
        {
            Assert.Equal("late upload: started 2026-03-02 12:00 +00:00, 8 days before it arrived (flagged after 7 days)", Assert.Single(flags).Reason);
        }
    }

    [Fact]
    public async Task TheTenthCallOfARepWithinFiveMinutesFlagsTheWholeBurstButNotAnotherRepsCalls()
    {
        using var harness = await IntakeHarness.CreateAsync();
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 3, 10, 12, 0, 0, TimeSpan.Zero));
        var store = new CallStore(harness.Contexts, time);
        var screening = new IntakeScreening(new RecordingPolicy(Options.Create(new RecordingPolicyOptions())), Rules(store, time));
        var ids = new List<Guid>();

        for (var i = 0; i < 12; i++)
        {
            ids.Add(await AddAsync(store, screening, "mei", $"mei-{i}"));
            if (i == 8)
            {
                // Nine calls in: not a burst yet.
                Assert.DoesNotContain(await harness.CallsAsync(), c => c.AnomalyFlags is not null);
                await AddAsync(store, screening, "jonas", "jonas-0");
            }

            time.Advance(TimeSpan.FromSeconds(20));
        }

        var calls = (await harness.CallsAsync()).ToDictionary(c => c.Id);
        Assert.All(ids, id => Assert.Equal(nameof(AnomalyKind.BulkUpload), calls[id].AnomalyFlags));
        Assert.Equal("bulk upload: 10 calls of the rep arrived within 00:05:00 (flagged from 10)", calls[ids[0]].AnomalyReasons);
        Assert.Equal("bulk upload: 12 calls of the rep arrived within 00:05:00 (flagged from 10)", calls[ids[11]].AnomalyReasons);
        Assert.Null(calls.Values.Single(c => c.RepId == "jonas").AnomalyFlags);
    }

    [Fact]
    public async Task CallsOfOneRepSpreadWiderThanTheWindowAreNotABulkUpload()
    {
        using var harness = await IntakeHarness.CreateAsync();
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 3, 10, 12, 0, 0, TimeSpan.Zero));
        var store = new CallStore(harness.Contexts, time);
        var screening = new IntakeScreening(new RecordingPolicy(Options.Create(new RecordingPolicyOptions())), Rules(store, time));

        // One call every 40 s: never more than 8 inside any five minutes.
        for (var i = 0; i < 20; i++)
        {
            await AddAsync(store, screening, "mei", $"mei-{i}");
            time.Advance(TimeSpan.FromSeconds(40));
        }

        Assert.All(await harness.CallsAsync(), c => Assert.Null(c.AnomalyFlags));
    }

    [Fact]
    public async Task ABurstLeavesACallAManagerAlreadyClearedCleared()
    {
        using var harness = await IntakeHarness.CreateAsync();
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 3, 10, 15, 0, 0, TimeSpan.Zero));
        var store = new CallStore(harness.Contexts, time);
        var screening = new IntakeScreening(new RecordingPolicy(Options.Create(new RecordingPolicyOptions())), Rules(store, time));
        var night = await AddAsync(store, screening, "mei", "night", new DateTimeOffset(2026, 3, 10, 22, 30, 0, TimeSpan.FromHours(8)));
        Assert.True(await store.ClearAnomaliesAsync(night, "manager", "agreed late call", CancellationToken.None));

        // With the cleared call, the ninth of these is the tenth call of the rep within five minutes.
        for (var i = 0; i < 10; i++)
        {
            await AddAsync(store, screening, "mei", $"mei-{i}");
        }

        var calls = await harness.CallsAsync();
        var cleared = calls.Single(c => c.Id == night);
        Assert.Equal(nameof(AnomalyKind.OutsideWorkingHours), cleared.AnomalyFlags);
        Assert.Equal(("manager", "agreed late call"), (cleared.AnomaliesClearedBy, cleared.AnomaliesClearNote));
        Assert.Equal(10, calls.Count(c => c.AnomalyFlags == nameof(AnomalyKind.BulkUpload) && c.AnomaliesPending));
    }

    [Theory]
    [InlineData(1, "BulkUploadCount 1 would flag every call")]
    [InlineData(-1, "BulkUploadCount")]
    public void ABulkUploadCountThatWouldFlagEveryCallIsRefused(int count, string message)
    {
        var options = new AnomalyFlagOptions { BulkUploadCount = count };
        var results = new List<ValidationResult>();

        Assert.False(Validator.TryValidateObject(options, new ValidationContext(options), results, validateAllProperties: true));
        Assert.Contains(results, r => r.ErrorMessage!.Contains(message, StringComparison.Ordinal));
    }

    [Fact]
    public async Task TurnedOffNothingIsFlagged()
    {
        var off = new AnomalyFlagOptions { Enabled = false };

        Assert.Empty(await FlagsAsync("mei", new DateTimeOffset(2020, 3, 1, 15, 30, 0, TimeSpan.Zero), off));
    }

    private static async Task<Guid> AddAsync(CallStore store, IntakeScreening screening, string repId, string name, DateTimeOffset? startedAt = null)
    {
        var metadata = new CallMetadata { RepId = repId, StartedAt = startedAt };
        var hash = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(name)));
        var decision = await screening.DecideAsync(hash, metadata, CancellationToken.None);
        return await store.AddReceivedAsync(hash, name + ".vtt", $"/a/{name}.vtt", metadata, decision, CancellationToken.None);
    }
}
