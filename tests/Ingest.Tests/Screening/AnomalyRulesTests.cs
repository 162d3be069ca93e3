using System.ComponentModel.DataAnnotations;
using System.Security.Cryptography;
using System.Text;
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

    /// <summary>A real SQLite store, a clock the test moves, and the intake's screening over both.</summary>
    private sealed class Arrivals : IDisposable
    {
        private readonly IntakeHarness harness;

        private Arrivals(IntakeHarness harness, DateTimeOffset now, AnomalyFlagOptions? options)
        {
            this.harness = harness;
            Time = new FakeTimeProvider(now);
            Store = new CallStore(harness.Contexts, Time);
            Rules = new AnomalyRules(Store, Directory, Options.Create(options ?? new AnomalyFlagOptions()), Time);
        }

        public FakeTimeProvider Time { get; }

        public CallStore Store { get; }

        public AnomalyRules Rules { get; }

        public static async Task<Arrivals> CreateAsync(DateTimeOffset now, AnomalyFlagOptions? options = null) =>
            new(await IntakeHarness.CreateAsync(), now, options);

        public Task<List<CallRecord>> CallsAsync() => harness.CallsAsync();

        /// <summary>Screens and stores a call as the intake does, with a content hash of its own.</summary>
        public async Task<Guid> AddAsync(string repId, string name, DateTimeOffset? startedAt = null)
        {
            var metadata = new CallMetadata { RepId = repId, StartedAt = startedAt };
            var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(name)));
            var screening = new IntakeScreening(new RecordingPolicy(Options.Create(new RecordingPolicyOptions())), Rules);
            var decision = await screening.DecideAsync(hash, metadata, CancellationToken.None);
            return await Store.AddReceivedAsync(hash, name + ".vtt", $"/a/{name}.vtt", metadata, decision, CancellationToken.None);
        }

        public void Dispose() => harness.Dispose();
    }

    private static async Task<IReadOnlyList<AnomalyFlag>> FlagsAsync(string repId, DateTimeOffset startedAt, AnomalyFlagOptions? options = null)
    {
        // Uploaded an hour after it started, alone: only the working-hours rule can flag it.
        using var arrivals = await Arrivals.CreateAsync(startedAt.AddHours(1), options);
        var (flags, _) = await arrivals.Rules.FindAsync(new CallMetadata { RepId = repId, StartedAt = startedAt }, CancellationToken.None);
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
        using var arrivals = await Arrivals.CreateAsync(new DateTimeOffset(2026, 3, 1, 2, 0, 0, TimeSpan.Zero));

        var (flags, _) = await arrivals.Rules.FindAsync(new CallMetadata { RepId = "nobody" }, CancellationToken.None);

        Assert.Empty(flags);
    }

    [Theory]
    [InlineData(8, true)]
    [InlineData(6, false)]
    public async Task ACallThatStartedLongerBeforeItsUploadThanTheLateUploadAgeIsFlagged(int daysBefore, bool flagged)
    {
        var now = new DateTimeOffset(2026, 3, 10, 12, 0, 0, TimeSpan.Zero);
        using var arrivals = await Arrivals.CreateAsync(now);

        var (flags, _) = await arrivals.Rules.FindAsync(new CallMetadata { RepId = "nobody", StartedAt = now.AddDays(-daysBefore) }, CancellationToken.None);

        Assert.Equal(flagged, flags.Any(f => f.Kind == AnomalyKind.LateUpload));
        if (flagged)
        {
            Assert.Equal("late upload: started 2026-03-02 12:00 +00:00, 8 days before it arrived (flagged after 7 days)", Assert.Single(flags).Reason);
        }
    }

    [Fact]
    public async Task TheTenthCallOfARepWithinFiveMinutesFlagsTheWholeBurstButNotAnotherRepsCalls()
    {
        using var arrivals = await Arrivals.CreateAsync(new DateTimeOffset(2026, 3, 10, 12, 0, 0, TimeSpan.Zero));
        var ids = new List<Guid>();

        for (var i = 0; i < 12; i++)
        {
            ids.Add(await arrivals.AddAsync("mei", $"mei-{i}"));
            if (i == 8)
            {
                // Nine calls in: not a burst yet.
                Assert.DoesNotContain(await arrivals.CallsAsync(), c => c.AnomalyFlags is not null);
                await arrivals.AddAsync("jonas", "jonas-0");
            }

            arrivals.Time.Advance(TimeSpan.FromSeconds(20));
        }

        var calls = (await arrivals.CallsAsync()).ToDictionary(c => c.Id);
        Assert.All(ids, id => Assert.Equal(nameof(AnomalyKind.BulkUpload), calls[id].AnomalyFlags));
        Assert.Equal("bulk upload: 10 calls of the rep arrived within 00:05:00 (flagged from 10)", calls[ids[0]].AnomalyReasons);
        Assert.Equal("bulk upload: 12 calls of the rep arrived within 00:05:00 (flagged from 10)", calls[ids[11]].AnomalyReasons);
        Assert.Null(calls.Values.Single(c => c.RepId == "jonas").AnomalyFlags);
    }

    [Fact]
    public async Task CallsOfOneRepSpreadWiderThanTheWindowAreNotABulkUpload()
    {
        using var arrivals = await Arrivals.CreateAsync(new DateTimeOffset(2026, 3, 10, 12, 0, 0, TimeSpan.Zero));

        // One call every 40 s: never more than 8 inside any five minutes.
        for (var i = 0; i < 20; i++)
        {
            await arrivals.AddAsync("mei", $"mei-{i}");
            arrivals.Time.Advance(TimeSpan.FromSeconds(40));
        }

        Assert.All(await arrivals.CallsAsync(), c => Assert.Null(c.AnomalyFlags));
    }

    [Fact]
    public async Task ABurstLeavesACallAManagerAlreadyClearedCleared()
    {
        using var arrivals = await Arrivals.CreateAsync(new DateTimeOffset(2026, 3, 10, 15, 0, 0, TimeSpan.Zero));
        var night = await arrivals.AddAsync("mei", "night", new DateTimeOffset(2026, 3, 10, 22, 30, 0, TimeSpan.FromHours(8)));
        Assert.True(await arrivals.Store.ClearAnomaliesAsync(night, "manager", "agreed late call", CancellationToken.None));

        // With the cleared call, the ninth of these is the tenth call of the rep within five minutes.
        for (var i = 0; i < 10; i++)
        {
            await arrivals.AddAsync("mei", $"mei-{i}");
        }

        var calls = await arrivals.CallsAsync();
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
}
