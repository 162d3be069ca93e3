namespace CallCoach.Transcribe.Diarization;

/// <summary>Why a mono call's turns were named as they were.</summary>
public enum RepEvidence
{
    /// <summary>One voice and no profile that says whose it is: its turns are "unknown".</summary>
    None,

    /// <summary>The rep's enrolled voice profile was nearest to one cluster (or matched the one voice).</summary>
    VoiceProfile,

    /// <summary>No profile: the voice of the first turn is the rep's, since reps open the calls they make.</summary>
    FirstTurn,
}
