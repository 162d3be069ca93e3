using CallCoach.Transcribe.Segmentation;

namespace CallCoach.Transcribe.Diarization;

/// <summary>A stretch of speech and the voice cluster (0 or 1) it was given, before anyone is named.</summary>
public readonly record struct ClusterTurn(SpeechRegion Region, int Cluster);
