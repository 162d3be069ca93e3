using CallCoach.Core.Calls;
using CallCoach.Transcribe.Segmentation;

namespace CallCoach.Transcribe.Diarization;

/// <summary>A stretch of one channel and who said it: the unit the recognizer hears and a transcript segment shows.</summary>
public readonly record struct DiarizedTurn(SpeechRegion Region, Speaker Speaker);
