using System.Buffers.Binary;
using CallCoach.Core.Audio;

namespace CallCoach.Ingest.Decoding;

/// <summary>
/// Cuts a stretch of a recording into a 16-bit PCM WAV at the recognizers' rate, keeping its channels, so a browser
/// plays it as it is. The recording is read chunk by chunk up to the end of the clip, never whole. Where personal
/// data was said, every channel is replaced by a 1 kHz tone at a quarter of full scale (−12 dBFS), so the words
/// cannot be recovered from the clip and a listener hears that something was left out.
/// </summary>
public static class ClipWriter
{
    public const double BleepHertz = 1000;
    public const double BleepLevel = 0.25;

    /// <param name="bleeps">Stretches of the recording to bleep, in seconds from its start (not the clip's).</param>
    public static async Task<double> WriteAsync(
        IAudioSource audio, double startSeconds, double endSeconds, IReadOnlyList<(double Start, double End)> bleeps, string path, CancellationToken ct)
    {
        var first = (long)Math.Floor(Math.Max(0, startSeconds) * audio.SampleRate);
        var last = (long)Math.Ceiling(Math.Min(endSeconds, audio.DurationSeconds) * audio.SampleRate);
        if (last <= first)
        {
            throw new ArgumentException($"The clip {startSeconds:F2}–{endSeconds:F2} s lies outside the {audio.DurationSeconds:F2} s recording.");
        }

        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        var temporary = path + ".tmp";
        long written = 0;
        var channels = audio.ChannelCount;
        var bleepFrames = bleeps
            .Select(b => (From: (long)Math.Floor(b.Start * audio.SampleRate), To: (long)Math.Ceiling(b.End * audio.SampleRate)))
            .Where(b => b.To > first && b.From < last)
            .ToList();
        await using (var file = File.Create(temporary))
        {
            await file.WriteAsync(Header(audio.SampleRate, channels, 0), ct);
            foreach (var chunk in audio.ReadChunks(audio.SampleRate * 10, ct))
            {
                var from = Math.Max(first, chunk.StartFrame);
                var to = Math.Min(last, chunk.StartFrame + chunk.Frames);
                var bytes = new byte[Math.Max(0, to - from) * channels * 2];
                for (var f = from; f < to; f++)
                {
                    var tone = Tone(bleepFrames, f, audio.SampleRate);
                    for (var c = 0; c < channels; c++)
                    {
                        BinaryPrimitives.WriteInt16LittleEndian(bytes.AsSpan((int)((f - from) * channels + c) * 2), tone ?? chunk.Channels[c][f - chunk.StartFrame]);
                    }
                }

                await file.WriteAsync(bytes, ct);
                written += Math.Max(0, to - from);
                if (chunk.StartFrame + chunk.Frames >= last)
                {
                    break;
                }
            }

            // The decoder's frame count decides the length, not the duration estimate the clip was asked against.
            file.Position = 0;
            await file.WriteAsync(Header(audio.SampleRate, channels, written * channels * 2), ct);
        }

        File.Move(temporary, path, overwrite: true);
        return written / (double)audio.SampleRate;
    }

    /// <summary>The tone's sample at a frame inside a bleep, its phase starting at zero where the bleep starts; null outside.</summary>
    private static short? Tone(List<(long From, long To)> bleeps, long frame, int sampleRate)
    {
        foreach (var (from, to) in bleeps)
        {
            if (frame >= from && frame < to)
            {
                return (short)Math.Round(BleepLevel * short.MaxValue * Math.Sin(2 * Math.PI * BleepHertz * (frame - from) / sampleRate));
            }
        }

        return null;
    }

    private static byte[] Header(int sampleRate, int channels, long dataBytes)
    {
        var header = new byte[44];
        var span = header.AsSpan();
        "RIFF"u8.CopyTo(span);
        BinaryPrimitives.WriteUInt32LittleEndian(span[4..], (uint)(36 + dataBytes));
        "WAVEfmt "u8.CopyTo(span[8..]);
        BinaryPrimitives.WriteUInt32LittleEndian(span[16..], 16);
        BinaryPrimitives.WriteUInt16LittleEndian(span[20..], 1);
        BinaryPrimitives.WriteUInt16LittleEndian(span[22..], (ushort)channels);
        BinaryPrimitives.WriteUInt32LittleEndian(span[24..], (uint)sampleRate);
        BinaryPrimitives.WriteUInt32LittleEndian(span[28..], (uint)(sampleRate * channels * 2));
        BinaryPrimitives.WriteUInt16LittleEndian(span[32..], (ushort)(channels * 2));
        BinaryPrimitives.WriteUInt16LittleEndian(span[34..], 16);
        "data"u8.CopyTo(span[36..]);
        BinaryPrimitives.WriteUInt32LittleEndian(span[40..], (uint)dataBytes);
        return header;
    }
}
