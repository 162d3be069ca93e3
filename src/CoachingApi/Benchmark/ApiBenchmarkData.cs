using System.Text.Json;
using CallCoach.Core.Analysis;
using CallCoach.Core.Calls;
using CallCoach.Core.Storage;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace CallCoach.CoachingApi.Benchmark;

/// <summary>
/// A store the size the issue sets: by default 1,000 reps in 100 teams with 100 analysed calls each over the last
/// 120 days, every call with its four axis scores, six turns, acts and objections, and outcomes for some customers.
/// Deterministic (fixed seed), so two runs measure the same data.
/// </summary>
public static class ApiBenchmarkData
{
    private static readonly string[] CustomerLines =
    [
        "Honestly the price is higher than we expected.", "We have no budget left this year.", "Let me check with my boss first.",
        "We already use another tool for this.", "这个价格有点贵啊。", "今年预算已经用完了。",
    ];

    public static async Task SeedAsync(string databasePath, int reps, int callsPerRep, DateTimeOffset now, CancellationToken ct)
    {
        var options = new DbContextOptionsBuilder<CallCoachDbContext>().UseCallCoachStore(StoreProvider.Sqlite, $"Data Source={databasePath}").Options;
        await using var db = new CallCoachDbContext(options);
        await db.Database.MigrateAsync(ct);
        await using var connection = new SqliteConnection($"Data Source={databasePath}");
        await connection.OpenAsync(ct);
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(ct);
        var random = new Random(42);
        var calls = new List<CallRecord>();
        var scores = new List<CallAxisScoreRecord>();
        var segments = new List<SegmentRecord>();
        var objections = new List<ObjectionRecord>();
        var acts = new List<ActRecord>();
        var outcomes = new Dictionary<string, OutcomeRecord>();
        var items = JsonSerializer.Serialize<IReadOnlyList<ScoreItem>>(
            [new("discovery questions", 26.67, 40, [0, 2]), new("budget question", 0, 25, [])], AnalysisJson.Default.IReadOnlyListScoreItem);
        for (var r = 0; r < reps; r++)
        {
            var rep = $"rep-{r:0000}";
            var skill = random.Next(20, 80);
            for (var c = 0; c < callsPerRep; c++)
            {
                var started = now.AddMinutes(-random.Next(0, 120 * 24 * 60));
                var id = Guid.CreateVersion7(started);
                var customer = $"cust-{r:0000}-{c % 20:00}";
                calls.Add(new CallRecord
                {
                    Id = id,
                    ContentHash = id.ToString("N"),
                    FileName = $"{rep}-{c}.vtt",
                    ArchivePath = $"/nonexistent/{id:N}.vtt",
                    Status = CallStatus.Analyzed,
                    PolicyReason = "benchmark data, written to the store directly",
                    ReceivedAt = started,
                    AnalyzedAt = started,
                    RepId = rep,
                    RepName = $"Rep {r}",
                    TeamId = $"team-{r / 10:000}",
                    CustomerId = customer,
                    CustomerTier = (CustomerTier)(c % 3),
                    StartedAt = started,
                    StartedAtOffsetMinutes = 480,
                    OccurredAt = started,
                    DurationSeconds = 180,
                    Effective = random.NextDouble() < 0.9,
                    ComplianceFlagged = random.NextDouble() < 0.3,
                });
                foreach (var axis in RadarAxes.All)
                {
                    double? score = axis == RadarAxes.ObjectionHandling && random.NextDouble() < 0.2 ? null : Math.Clamp(skill + random.Next(-25, 26), 0, 100);
                    scores.Add(new CallAxisScoreRecord { CallId = id, Axis = axis, Score = score, ItemsJson = items });
                }

                for (var s = 0; s < 6; s++)
                {
                    var customerTurn = s % 2 == 1;
                    segments.Add(new SegmentRecord
                    {
                        CallId = id,
                        Index = s,
                        Speaker = customerTurn ? Speaker.Customer : Speaker.Rep,
                        Start = s * 30,
                        End = s * 30 + 25,
                        Text = customerTurn ? CustomerLines[random.Next(CustomerLines.Length)] : "Could we book a demo for Tuesday at ten?",
                    });
                }

                objections.Add(new ObjectionRecord
                {
                    CallId = id, SegmentIndex = 1, Type = ObjectionTypes.All[random.Next(8)], Text = CustomerLines[random.Next(CustomerLines.Length)],
                    Confidence = 0.9, Handled = random.NextDouble() < 0.5,
                });
                acts.Add(new ActRecord { CallId = id, SegmentIndex = 0, Type = RepActs.DiscoveryQuestion, Confidence = 0.9 });
                acts.Add(new ActRecord { CallId = id, SegmentIndex = 4, Type = RepActs.NextStep, Confidence = 0.9 });
                if (random.NextDouble() < 0.1)
                {
                    outcomes.TryAdd(customer, new OutcomeRecord
                    {
                        CustomerId = customer, Won = random.NextDouble() < 0.4, Amount = 10_000, ClosedAt = started.AddDays(5), ReceivedAt = started.AddDays(5),
                    });
                }
            }
        }

        BulkInsert.Rows(db, connection, transaction, calls);
        BulkInsert.Rows(db, connection, transaction, scores);
        BulkInsert.Rows(db, connection, transaction, segments);
        BulkInsert.Rows(db, connection, transaction, objections);
        BulkInsert.Rows(db, connection, transaction, acts);
        BulkInsert.Rows(db, connection, transaction, outcomes.Values);
        await transaction.CommitAsync(ct);
    }
}
