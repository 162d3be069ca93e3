namespace CallCoach.Ingest.Decoding;

internal static class AudioChannels
{
    public static void Check(int channels)
    {
        if (channels is < 1 or > 2)
        {
            throw new UnreadableRecordingException($"{channels} channels: only mono and stereo recordings are supported");
        }
    }
}
