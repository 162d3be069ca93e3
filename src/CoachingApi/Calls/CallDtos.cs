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
    string? ExternalId = null)
{
    public static CallSummary From(CallRecord c) => new(
        c.Id, c.FileName, c.Status.ToString().ToLowerInvariant(), c.FailureReason, c.ReceivedAt,
        c.RepId, c.RepName, c.TeamId, c.CustomerId, c.CustomerTier?.ToString(), c.InteractionNumber, c.LocalStartedAt, c.Source,
        c.DurationSeconds, c.Effective, c.ComplianceFlagged, c.ExternalId);
}

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
    IReadOnlyList<RedactionDto> Redactions);

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
