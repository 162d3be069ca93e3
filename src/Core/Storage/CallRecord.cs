using CallCoach.Core.Calls;

namespace CallCoach.Core.Storage;

public sealed class CallRecord
{
    public Guid Id { get; set; }
    public required string ContentHash { get; set; }
    public required string FileName { get; set; }
    public required string ArchivePath { get; set; }
    public CallStatus Status { get; set; }
    public string? FailureReason { get; set; }
    public DateTimeOffset ReceivedAt { get; set; }
    /// <summary>
    /// When the call happened: its start from the metadata, else its arrival. Kept as a column of its own so the
    /// radar, packs and lists can use an index on it instead of computing it per row.
    /// </summary>
    public DateTimeOffset OccurredAt { get; set; }
    public DateTimeOffset? AnalyzedAt { get; set; }

    public string? RepId { get; set; }
    public string? RepName { get; set; }
    public string? TeamId { get; set; }
    public string? CustomerId { get; set; }
    public CustomerTier? CustomerTier { get; set; }
    public int? InteractionNumber { get; set; }
    /// <summary>The instant the call started; stores order and compare it as UTC.</summary>
    public DateTimeOffset? StartedAt { get; set; }
    /// <summary>The offset the caller gave, so the call's local time of day survives a UTC store.</summary>
    public int? StartedAtOffsetMinutes { get; set; }
    public string? Source { get; set; }
    public string? ExternalId { get; set; }

    public double? DurationSeconds { get; set; }
    public bool? Effective { get; set; }
    /// <summary>Why the rule decided as it did, one reason a line.</summary>
    public string? EffectiveReasons { get; set; }

    /// <summary>True when the rep missed the success case or the ROI logic; see <see cref="Analysis.ScriptCompliance"/>.</summary>
    public bool? ComplianceFlagged { get; set; }
    public string? ComplianceJson { get; set; }
    public string? MetricsJson { get; set; }

    public List<SegmentRecord> Segments { get; set; } = [];
    public List<ObjectionRecord> Objections { get; set; } = [];
    public List<ActRecord> Acts { get; set; } = [];
    public List<CallAxisScoreRecord> AxisScores { get; set; } = [];
    public List<KeywordHitRecord> KeywordHits { get; set; } = [];
    public List<RedactionSpanRecord> Redactions { get; set; } = [];

    public CallMetadata ToMetadata() => new()
    {
        RepId = RepId,
        RepName = RepName,
        TeamId = TeamId,
        CustomerId = CustomerId,
        CustomerTier = CustomerTier,
        InteractionNumber = InteractionNumber,
        StartedAt = LocalStartedAt,
        Source = Source,
        ExternalId = ExternalId,
    };

    public DateTimeOffset? LocalStartedAt =>
        StartedAt?.ToOffset(TimeSpan.FromMinutes(StartedAtOffsetMinutes ?? 0));

    public void SetMetadata(CallMetadata metadata)
    {
        RepId = metadata.RepId;
        RepName = metadata.RepName;
        TeamId = metadata.TeamId;
        CustomerId = metadata.CustomerId;
        CustomerTier = metadata.CustomerTier;
        InteractionNumber = metadata.InteractionNumber;
        StartedAt = metadata.StartedAt;
        StartedAtOffsetMinutes = (int?)metadata.StartedAt?.Offset.TotalMinutes;
        OccurredAt = metadata.StartedAt ?? ReceivedAt;
        Source = metadata.Source;
        ExternalId = metadata.ExternalId;
    }
}
