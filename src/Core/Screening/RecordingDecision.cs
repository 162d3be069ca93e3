namespace CallCoach.Core.Screening;

/// <summary>What the recording policy decided for a call when it arrived.</summary>
public enum RecordingDecision
{
    /// <summary>The recording is archived and analyzed.</summary>
    Analyze,

    /// <summary>
    /// The call is stored with its metadata and the policy's reason only. Its recording is set aside in
    /// <c>data/metadata-only/</c>, outside the pipeline, and never transcribed or analyzed.
    /// </summary>
    MetadataOnly,
}
