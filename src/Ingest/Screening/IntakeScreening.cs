using CallCoach.Core.Calls;
using CallCoach.Core.Screening;

namespace CallCoach.Ingest.Screening;

/// <summary>The intake's one question before it stores a call: analyze it or keep its metadata only, and with which flags.</summary>
public sealed class IntakeScreening(RecordingPolicy policy, AnomalyRules anomalies)
{
    public async Task<IntakeDecision> DecideAsync(string contentHash, CallMetadata metadata, CancellationToken ct)
    {
        var (decision, reason) = policy.Decide(contentHash, metadata);
        var (flags, since) = await anomalies.FindAsync(metadata, ct);
        return new IntakeDecision(decision, reason, flags) { BulkUploadSince = since };
    }
}
