using System.Text;
using System.Text.RegularExpressions;
using System.Text.Unicode;

namespace CallCoach.Ingest.Decoding;

/// <summary>
/// Tells what a file holds from its first bytes, never from its name: a WAV called "call.mp3" is read as WAV, and
/// meeting notes called "call.wav" are refused as text. For content CallCoach cannot read it names what was found.
/// </summary>
public static partial class ContentSniffer
{
    /// <summary>Enough for any first MPEG frame and the one after it, and for an SRT's first cue.</summary>
    public const int HeadLength = 4096;

    public const string Supported = "CallCoach reads WAV (RIFF/WAVE), MP3, WebVTT and SRT";

    // An SRT starts with a cue number and a timing line; some exports leave the number out.
    [GeneratedRegex(@"^\s*(?:\d+[ \t]*\r?\n)?[ \t]*\d+:\d{1,2}:\d{1,2}[,.]\d{1,3}[ \t]*-->")]
    private static partial Regex SrtStart();

    /// <summary>Signatures of what people send by mistake, so the reason can say what the file is.</summary>
    private static readonly (byte[] Magic, int Offset, string Name)[] Known =
    [
        ("OggS"u8.ToArray(), 0, "Ogg audio (Opus or Vorbis)"),
        ("fLaC"u8.ToArray(), 0, "FLAC audio"),
        ("ftyp"u8.ToArray(), 4, "an MP4/M4A container"),
        ("FORM"u8.ToArray(), 0, "AIFF audio"),
        ("#!AMR"u8.ToArray(), 0, "AMR audio"),
        ([0x30, 0x26, 0xB2, 0x75], 0, "a WMA/ASF file"),
        ([0x1A, 0x45, 0xDF, 0xA3], 0, "a WebM/Matroska file"),
        ("PK\x03\x04"u8.ToArray(), 0, "a ZIP archive (or an Office document)"),
        ("%PDF"u8.ToArray(), 0, "a PDF document"),
        ([0x89, 0x50, 0x4E, 0x47], 0, "a PNG image"),
        ([0xFF, 0xD8, 0xFF], 0, "a JPEG image"),
        ("GIF8"u8.ToArray(), 0, "a GIF image"),
        ("MZ"u8.ToArray(), 0, "a Windows executable"),
        ([0x7F, 0x45, 0x4C, 0x46], 0, "an ELF executable"),
        ([0x1F, 0x8B], 0, "gzip-compressed data"),
    ];

    public static RecordingFormat Detect(string path, out string found)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1);
        var head = new byte[HeadLength];
        var length = stream.ReadAtLeast(head, HeadLength, throwOnEndOfStream: false);
        return Detect(head.AsSpan(0, length), out found);
    }

    public static RecordingFormat Detect(ReadOnlySpan<byte> head, out string found)
    {
        if (head.StartsWith("RIFF"u8) && head.Length >= 12)
        {
            var form = head[8..12];
            found = form.SequenceEqual("WAVE"u8) ? "WAV audio" : $"a RIFF '{Printable(form)}' file, not WAVE (AVI or WebP, perhaps)";
            return form.SequenceEqual("WAVE"u8) ? RecordingFormat.Wav : RecordingFormat.Unknown;
        }

        if (head.StartsWith("ID3"u8))
        {
            found = "MP3 audio with an ID3 tag";
            return RecordingFormat.Mp3;
        }

        if (head.StartsWith([(byte)0xFF, (byte)0xFE]) || head.StartsWith([(byte)0xFE, (byte)0xFF]))
        {
            // Checked before MPEG, whose frame sync FF FE also matches: a UTF-16 "WEBVTT" would pass for a frame.
            found = "UTF-16 text; transcripts must be saved as UTF-8";
            return RecordingFormat.Unknown;
        }

        if (IsMpegAudio(head))
        {
            found = "MP3 audio";
            return RecordingFormat.Mp3;
        }

        var text = head.StartsWith("\uFEFF"u8) ? head[3..] : head;
        if (text.StartsWith("WEBVTT"u8) && (text.Length == 6 || text[6] is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n'))
        {
            found = "a WebVTT transcript";
            return RecordingFormat.WebVtt;
        }

        if (IsText(text) && SrtStart().IsMatch(Encoding.UTF8.GetString(text)))
        {
            found = "an SRT transcript";
            return RecordingFormat.Srt;
        }

        found = Describe(head, text);
        return RecordingFormat.Unknown;
    }

    /// <summary>One valid frame header, and where the head reaches that far, a second one of the same stream right after it.</summary>
    private static bool IsMpegAudio(ReadOnlySpan<byte> head)
    {
        if (!MpegFrameHeader.TryParse(head, out var first))
        {
            return false;
        }

        return head.Length < first.Length + MpegFrameHeader.Size
            || (MpegFrameHeader.TryParse(head[first.Length..], out var second) && second.SameStreamAs(first));
    }

    private static string Describe(ReadOnlySpan<byte> head, ReadOnlySpan<byte> text)
    {
        foreach (var (magic, offset, name) in Known)
        {
            if (head.Length >= offset + magic.Length && head.Slice(offset, magic.Length).SequenceEqual(magic))
            {
                return name;
            }
        }

        if (head.StartsWith([(byte)0xFF]) && head.Length > 1 && (head[1] & 0xF6) == 0xF0)
        {
            return "AAC audio (ADTS)";
        }

        if (!IsText(text))
        {
            return $"binary data starting {Convert.ToHexString(head[..Math.Min(8, head.Length)])}";
        }

        var trimmed = Encoding.UTF8.GetString(text).TrimStart();
        return trimmed.StartsWith('{') || trimmed.StartsWith('[')
            ? "JSON text, not a transcript (metadata goes in the sidecar or the metadata field)"
            : "text that is neither WebVTT (first line WEBVTT) nor SRT (a numbered cue with a timing line)";
    }

    /// <summary>UTF-8 without control characters other than tabs and line breaks; the head may end inside a character.</summary>
    private static bool IsText(ReadOnlySpan<byte> bytes)
    {
        if (bytes.IndexOfAnyInRange((byte)0, (byte)8) >= 0 || bytes.IndexOfAnyInRange((byte)14, (byte)31) >= 0 || bytes.Contains((byte)0x7F))
        {
            return false;
        }

        for (var cut = 0; cut <= 3 && cut <= bytes.Length; cut++)
        {
            if (Utf8.IsValid(bytes[..^cut]))
            {
                return true;
            }
        }

        return false;
    }

    private static string Printable(ReadOnlySpan<byte> bytes) =>
        string.Concat(bytes.ToArray().Select(b => b is >= 0x20 and < 0x7F ? ((char)b).ToString() : $"\\x{b:X2}"));
}
