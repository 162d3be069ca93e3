namespace CallCoach.Ingest.Decoding;

/// <summary>
/// Walks an MP3 from frame header to frame header before NLayer decodes it. A decoder hunts for the next sync word
/// through anything, so random bytes after an ID3 tag come out as a few frames of noise; the walk instead wants the
/// frames to follow each other to the end, allowing only ID3, APE and Lyrics tags around them.
/// </summary>
internal static class MpegFrames
{
    private const int Id3HeaderSize = 10;
    private const int MaxLeadingZeros = 64 * 1024;

    /// <summary>The number of frames; throws with the reason when the stream is not whole MPEG audio frames.</summary>
    public static long Check(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 16 * 1024);
        var length = stream.Length;
        var position = SkipId3Tags(stream, 0, length);
        position = SkipZeros(stream, position, length);

        Span<byte> bytes = stackalloc byte[MpegFrameHeader.Size];
        MpegFrameHeader? first = null;
        long frames = 0;
        while (length - position >= MpegFrameHeader.Size)
        {
            stream.Position = position;
            stream.ReadExactly(bytes);
            if (!MpegFrameHeader.TryParse(bytes, out var frame) || (first is { } stream0 && !frame.SameStreamAs(stream0)))
            {
                if (frames > 0 && IsTrailingTag(bytes, length - position))
                {
                    return frames;
                }

                throw new UnreadableRecordingException(frames == 0
                    ? $"not a readable MP3 file: no MPEG audio frame at offset {position}"
                    : $"corrupt MP3 stream: {length - position} bytes at offset {position}, after frame {frames}, are not MPEG audio");
            }

            if (position + frame.Length > length)
            {
                throw new UnreadableRecordingException(
                    $"truncated MP3: frame {frames + 1} needs {frame.Length} bytes but only {length - position} are left");
            }

            first ??= frame;
            frames++;
            position += frame.Length;
        }

        if (frames == 0)
        {
            throw new UnreadableRecordingException("not a readable MP3 file: no MPEG audio frames found");
        }

        return frames;
    }

    /// <summary>ID3v2 tags (one or more) before the audio, each checked against the file so its size cannot point past the end.</summary>
    private static long SkipId3Tags(FileStream stream, long position, long length)
    {
        Span<byte> header = stackalloc byte[Id3HeaderSize];
        while (length - position >= Id3HeaderSize)
        {
            stream.Position = position;
            stream.ReadExactly(header);
            if (!header.StartsWith("ID3"u8))
            {
                break;
            }

            if (header[3] == 0xFF || header[4] == 0xFF || header[6..].IndexOfAnyInRange((byte)0x80, (byte)0xFF) >= 0)
            {
                throw new UnreadableRecordingException($"not a readable MP3 file: a corrupt ID3 tag header at offset {position}");
            }

            var size = (header[6] << 21) | (header[7] << 14) | (header[8] << 7) | header[9];
            var end = position + Id3HeaderSize + size + ((header[5] & 0x10) != 0 ? Id3HeaderSize : 0);
            if (end > length)
            {
                throw new UnreadableRecordingException(
                    $"truncated MP3: the ID3 tag declares {end - position} bytes but only {length - position} are left");
            }

            position = end;
        }

        return position;
    }

    /// <summary>Some taggers pad after the ID3 tag instead of inside it.</summary>
    private static long SkipZeros(FileStream stream, long position, long length)
    {
        stream.Position = position;
        var limit = Math.Min(length, position + MaxLeadingZeros);
        while (position < limit && stream.ReadByte() == 0)
        {
            position++;
        }

        return position;
    }

    /// <summary>
    /// An ID3v1 tag (exactly the last 128 bytes, or 355 with its "TAG+" extension), or an APEv2, Lyrics3 or ID3v2 tag
    /// appended at the end, which may in turn be followed by an ID3v1 tag.
    /// </summary>
    private static bool IsTrailingTag(ReadOnlySpan<byte> start, long remaining) =>
        (start[..3].SequenceEqual("TAG"u8) && remaining is 128 or 355)
        || start.SequenceEqual("APET"u8) || start.SequenceEqual("LYRI"u8) || start[..3].SequenceEqual("ID3"u8);
}
