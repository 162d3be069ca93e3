namespace CallCoach.Ingest.Decoding;

/// <summary>
/// The four bytes that start every MPEG audio frame (MPEG 1, 2 and 2.5, layers I–III, as NLayer decodes them), and
/// how long the frame is. Free-format bitrates have no computable length, so they are not taken.
/// </summary>
internal readonly record struct MpegFrameHeader(int Version, int Layer, int SampleRate, int Channels, int Length)
{
    public const int Size = 4;

    private static readonly int[][] Bitrates =
    [
        [0, 32, 64, 96, 128, 160, 192, 224, 256, 288, 320, 352, 384, 416, 448], // MPEG 1, layer I
        [0, 32, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320, 384],    // MPEG 1, layer II
        [0, 32, 40, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320],     // MPEG 1, layer III
        [0, 32, 48, 56, 64, 80, 96, 112, 128, 144, 160, 176, 192, 224, 256],    // MPEG 2 and 2.5, layer I
        [0, 8, 16, 24, 32, 40, 48, 56, 64, 80, 96, 112, 128, 144, 160],         // MPEG 2 and 2.5, layers II and III
    ];

    private static readonly int[] SampleRates = [44100, 48000, 32000];

    /// <summary>Version is 10 for MPEG 1, 20 for MPEG 2 and 25 for MPEG 2.5, so the numbers read as they are named.</summary>
    public static bool TryParse(ReadOnlySpan<byte> bytes, out MpegFrameHeader header)
    {
        header = default;
        if (bytes.Length < Size || bytes[0] != 0xFF || (bytes[1] & 0xE0) != 0xE0)
        {
            return false;
        }

        var version = ((bytes[1] >> 3) & 3) switch { 0 => 25, 2 => 20, 3 => 10, _ => 0 };
        var layer = ((bytes[1] >> 1) & 3) switch { 1 => 3, 2 => 2, 3 => 1, _ => 0 };
        var bitrateIndex = bytes[2] >> 4;
        var rateIndex = (bytes[2] >> 2) & 3;
        if (version == 0 || layer == 0 || bitrateIndex is 0 or 15 || rateIndex == 3 || (bytes[3] & 3) == 2)
        {
            return false;
        }

        var table = version == 10 ? layer - 1 : layer == 1 ? 3 : 4;
        var bitrate = Bitrates[table][bitrateIndex] * 1000;
        var sampleRate = SampleRates[rateIndex] / (version == 10 ? 1 : version == 20 ? 2 : 4);
        var padding = (bytes[2] >> 1) & 1;
        var length = layer switch
        {
            1 => (12 * bitrate / sampleRate + padding) * 4,
            3 when version != 10 => 72 * bitrate / sampleRate + padding,
            _ => 144 * bitrate / sampleRate + padding,
        };
        header = new MpegFrameHeader(version, layer, sampleRate, (bytes[3] >> 6) == 3 ? 1 : 2, length);
        return true;
    }

    /// <summary>Frames of one stream share version, layer, rate and channels; a "frame" that differs is noise that looked like one.</summary>
    public bool SameStreamAs(MpegFrameHeader other) =>
        Version == other.Version && Layer == other.Layer && SampleRate == other.SampleRate && Channels == other.Channels;
}
