namespace CallCoach.Transcribe.Diarization;

/// <summary>A mono call's speech turns with their speakers, and how many voices were found in it.</summary>
/// <param name="Separation">How far apart the two voice clusters were (see <see cref="SpeakerClusters.Separation"/>).</param>
public sealed record DiarizedCall(IReadOnlyList<DiarizedTurn> Turns, int Speakers, RepEvidence RepChosenBy, double Separation);
