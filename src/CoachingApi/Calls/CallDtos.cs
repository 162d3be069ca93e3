using System.Text.Json;
using CallCoach.Core.Analysis;
using CallCoach.Core.Storage;

namespace CallCoach.CoachingApi.Calls;

public sealed record CallPage(int Page, int PageSize, int Total, IReadOnlyList<CallSummary> Items);

public sealed record CallSummary(
    Guid Id,
    string FileName,
    string Status,
    string? FailureReason,
    DateTimeOffset ReceivedAt,
    string? RepId,
    string? RepName,
    string? TeamId,
    string? CustomerId,
    string? CustomerTier,
    int? InteractionNumber,
    DateTimeOffset? StartedAt,
    string? Source,
    double? DurationSeconds,
    bool? Effective,
    bool? ComplianceFlagged,
    RecordingPolicyDto Policy,
    AnomaliesDto? Anomalies,
    int Attempts,
    DateTimeOffset? NextAttemptAt,
    string? ExternalId = null)
{
    /// <summary>
    /// <c>effective</c> is what counts: the rule's verdict, but false while pending anomaly flags hold the call back
    /// (the detail's reasons say which); filters and radars read it the same way.
    /// </summary>
    public static CallSummary From(CallRecord c) => new(
        c.Id, c.FileName, JsonNamingPolicy.CamelCase.ConvertName(c.Status.ToString()), c.FailureReason, c.ReceivedAt,
        c.RepId, c.RepName, c.TeamId, c.CustomerId, c.CustomerTier?.ToString(), c.InteractionNumber, c.LocalStartedAt, c.Source,
        c.DurationSeconds, c.CountedEffective, c.ComplianceFlagged,
        new RecordingPolicyDto(JsonNamingPolicy.CamelCase.ConvertName(c.PolicyDecision.ToString()), c.PolicyReason),
        AnomaliesDto.From(c),
        c.Attempts,
        c.NextAttemptAt,
        c.ExternalId);
}

/// <summary>What the recording policy decided when the call arrived (<c>analyze</c> or <c>metadataOnly</c>), and why.</summary>
public sealed record RecordingPolicyDto(string Decision, string Reason);

/// <summary>
/// The call's anomaly flags (<c>outsideWorkingHours</c>, <c>bulkUpload</c>, <c>lateUpload</c>) with their reasons; while
/// <c>pending</c> the call does not count as effective. Who cleared them, when and with which note once a manager has.
/// </summary>
public sealed record AnomaliesDto(IReadOnlyList<AnomalyFlagDto> Flags, bool Pending, DateTimeOffset? ClearedAt, string? ClearedBy, string? Note)
{
    public static AnomaliesDto? From(CallRecord c) => c.AnomalyFlags is null
        ? null
        : new([.. c.ReadAnomalyFlags().Select(f => new AnomalyFlagDto(JsonNamingPolicy.CamelCase.ConvertName(f.Kind.ToString()), f.Reason))],
            c.AnomaliesPending, c.AnomaliesClearedAt, c.AnomaliesClearedBy, c.AnomaliesClearNote);
}

public sealed record AnomalyFlagDto(string Flag, string Reason);

/// <summary>The body of <c>POST /api/calls/{id}/anomalies/clear</c>: why the manager clears the flags, optional.</summary>
public sealed record ClearAnomaliesRequest(string? Note);

public sealed record CallDetail(
    CallSummary Call,
    IReadOnlyList<string> Reasons,
    IReadOnlyList<KeywordCountDto> Keywords,
    IReadOnlyList<KeywordHitDto> KeywordHits,
    IReadOnlyList<SegmentDto> Segments,
    IReadOnlyList<ObjectionFinding> Objections,
    IReadOnlyList<ActFinding> Acts,
    ScriptCompliance? Compliance,
    ConversationMetrics? Metrics,
    IReadOnlyList<AxisScore> AxisScores,
    IReadOnlyList<RedactionDto> Redactions,
    IReadOnlyList<TransitionDto> History);

/// <summary>One change of the call's state, oldest first: received, transcribed, analyzed, and any failure on the way.</summary>
public sealed record TransitionDto(string? From, string To, DateTimeOffset At, string Instance, string? Reason)
{
    public static TransitionDto Of(CallTransitionRecord t) =>
        new(t.From is { } from ? JsonNamingPolicy.CamelCase.ConvertName(from.ToString()) : null, JsonNamingPolicy.CamelCase.ConvertName(t.To.ToString()), t.At, t.Instance, t.Reason);
}

public sealed record KeywordCountDto(string Term, int Count);

/// <summary>One keyword occurrence and the segment it was heard in, so a count can be checked against the call.</summary>
public sealed record KeywordHitDto(string Term, string Concept, int SegmentIndex, double Start);

public sealed record SegmentDto(int Index, string Speaker, double Start, double End, string Text, IReadOnlyList<WordDto> Words);

public sealed record WordDto(string Text, double Start, double End);

/// <summary>
/// Where personal data was taken out: its category (phone, email, residentId, bankCard), the segment, and the
/// seconds of the call it was said in. The text shows the placeholder; what was said is not served.
/// </summary>
public sealed record RedactionDto(string Category, int SegmentIndex, double Start, double End)
{
    public static RedactionDto From(RedactionSpanRecord r) =>
        new(JsonNamingPolicy.CamelCase.ConvertName(r.Category.ToString()), r.SegmentIndex, r.AudioStart, r.AudioEnd);
}

public sealed record UploadResult(Guid Id, string Status, bool Duplicate);
