using CallCoach.Core.Calls;
using CallCoach.Core.Screening;

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
    public DateTimeOffset? TranscribedAt { get; set; }
    public DateTimeOffset? AnalyzedAt { get; set; }

    /// <summary>Failed attempts of the current stage; cleared when the stage succeeds or the call is queued again.</summary>
    public int Attempts { get; set; }
    /// <summary>For a failed call: when it is tried again.</summary>
    public DateTimeOffset? NextAttemptAt { get; set; }
    /// <summary>For a failed or parked call: the state it goes back to (received or transcribed).</summary>
    public CallStatus? RetryFrom { get; set; }
    /// <summary>The instance working on the call. Its lease ends at <see cref="LeaseExpiresAt"/> unless renewed.</summary>
    public string? LeaseOwner { get; set; }
    public DateTimeOffset? LeaseExpiresAt { get; set; }
    /// <summary>With the queue transport: when the call was last put on a stage's queue.</summary>
    public DateTimeOffset? QueuedAt { get; set; }

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

    /// <summary>Whether the recording policy let the call be analyzed, and why (<see cref="PolicyReason"/>).</summary>
    public RecordingDecision PolicyDecision { get; set; }
    public required string PolicyReason { get; set; }

    /// <summary>The policy reason of calls stored by a release before the recording policy.</summary>
    public const string EarlierReleasePolicyReason = "stored before CallCoach had a recording policy: every call was analyzed";

    /// <summary>Anomalies found at intake: <see cref="AnomalyKind"/> names, comma-separated, in the order of <see cref="AnomalyReasons"/>.</summary>
    public string? AnomalyFlags { get; set; }
    /// <summary>One reason a line, one line a flag.</summary>
    public string? AnomalyReasons { get; set; }
    /// <summary>When the flags last changed (raised or cleared): radar snapshots compare it, as clearing changes what counts.</summary>
    public DateTimeOffset? AnomaliesChangedAt { get; set; }
    public DateTimeOffset? AnomaliesClearedAt { get; set; }
    /// <summary>Who cleared the flags (a key or user id, as in the audit log), and their note.</summary>
    public string? AnomaliesClearedBy { get; set; }
    public string? AnomaliesClearNote { get; set; }

    public List<SegmentRecord> Segments { get; set; } = [];
    public List<ObjectionRecord> Objections { get; set; } = [];
    public List<ActRecord> Acts { get; set; } = [];
    public List<CallAxisScoreRecord> AxisScores { get; set; } = [];
    public List<KeywordHitRecord> KeywordHits { get; set; } = [];
    public List<RedactionSpanRecord> Redactions { get; set; } = [];

    /// <summary>Flagged and not cleared yet: the call does not count as effective.</summary>
    public bool AnomaliesPending => AnomalyFlags is not null && AnomaliesClearedAt is null;

    /// <summary>What counts: the effective rule's verdict, unless pending anomaly flags hold the call back.</summary>
    public bool? CountedEffective => Effective == true && AnomaliesPending ? false : Effective;

    public IReadOnlyList<AnomalyFlag> ReadAnomalyFlags()
    {
        if (AnomalyFlags is null)
        {
            return [];
        }

        var reasons = AnomalyReasons?.Split('\n') ?? [];
        return [.. AnomalyFlags.Split(',').Select((name, i) => new AnomalyFlag(Enum.Parse<AnomalyKind>(name), i < reasons.Length ? reasons[i] : ""))];
    }

    /// <summary>Writes the intake's decision: the policy and its reason, and the anomaly flags found (replacing earlier ones).</summary>
    public void Apply(IntakeDecision decision, DateTimeOffset at)
    {
        PolicyDecision = decision.Recording;
        PolicyReason = decision.PolicyReason;
        AnomalyFlags = decision.Flags.Count == 0 ? null : string.Join(',', decision.Flags.Select(f => f.Kind));
        AnomalyReasons = decision.Flags.Count == 0 ? null : string.Join('\n', decision.Flags.Select(f => f.Reason));
        AnomaliesChangedAt = decision.Flags.Count == 0 ? null : at;
        AnomaliesClearedAt = null;
        AnomaliesClearedBy = null;
        AnomaliesClearNote = null;
    }

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
