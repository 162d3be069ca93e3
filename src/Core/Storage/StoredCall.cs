using CallCoach.Core.Calls;

namespace CallCoach.Core.Storage;

/// <summary>A call found by its content: enough for intake to tell a duplicate from an intake to finish or to retake.</summary>
public sealed record StoredCall(Guid Id, CallStatus Status, string ArchivePath)
{
    /// <summary>What the call's sidecar said, for an intake that is finished after the sidecar was archived.</summary>
    public CallMetadata Metadata { get; init; } = CallMetadata.None;
}
