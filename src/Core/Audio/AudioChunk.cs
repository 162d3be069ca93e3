namespace CallCoach.Core.Audio;

/// <summary>Consecutive frames of every channel, starting <see cref="StartFrame"/> frames into the recording.</summary>
public sealed record AudioChunk(long StartFrame, IReadOnlyList<short[]> Channels)
{
    public int Frames => Channels[0].Length;
}
