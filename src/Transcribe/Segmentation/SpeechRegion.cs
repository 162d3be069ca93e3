namespace CallCoach.Transcribe.Segmentation;

/// <summary>A stretch of one channel, in samples: [Start, End).</summary>
public readonly record struct SpeechRegion(int Start, int End)
{
    public int Length => End - Start;
}
