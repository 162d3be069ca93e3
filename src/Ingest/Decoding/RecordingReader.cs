using CallCoach.Core.Calls;
using CallCoach.Core.Transcripts;
using CallCoach.Ingest.Transcripts;
using Microsoft.Extensions.Options;

namespace CallCoach.Ingest.Decoding;

/// <summary>
/// Reads any supported recording or transcript file into <see cref="RecordingContent"/>. The content decides how a
/// file is read (<see cref="ContentSniffer"/>), not its extension.
/// </summary>
public sealed class RecordingReader(IOptions<IngestOptions> options)
{
    /// <summary>The extensions of the formats CallCoach reads; names only, for people and shipped files, never for reading.</summary>
    public static readonly IReadOnlySet<string> SupportedExtensions =
        new HashSet<string>(StringComparer.OrdinalIgnoreCase) { ".wav", ".mp3", ".vtt", ".srt" };

    /// <summary>A ten-hour call transcribed is about 1 MB; anything far larger is not a call transcript, and is not read whole.</summary>
    public const long MaxTranscriptBytes = 16 * 1024 * 1024;

    public RecordingContent Read(string path, CallMetadata metadata, CancellationToken ct)
    {
        if (new FileInfo(path).Length == 0)
        {
            throw new UnreadableRecordingException("the file is empty");
        }

        var format = ContentSniffer.Detect(path, out var found);
        var content = format switch
        {
            RecordingFormat.Wav => FromAudio(WavDecoder.Probe(path)),
            RecordingFormat.Mp3 => FromAudio(Mp3Decoder.Probe(path, ct)),
            RecordingFormat.WebVtt => FromTranscript(SubtitleParser.Parse(ReadText(path), isWebVtt: true), metadata),
            RecordingFormat.Srt => FromTranscript(SubtitleParser.Parse(ReadText(path), isWebVtt: false), metadata),
            _ => throw new UnsupportedContentException($"unsupported content: this is {found}; {ContentSniffer.Supported}"),
        };
        return content with { Format = format };
    }

    private RecordingContent FromAudio(AudioFile audio)
    {
        IReadOnlyList<Speaker> speakers = audio.ChannelCount == 1
            ? [Speaker.Unknown]
            : options.Value.StereoRepChannel == StereoChannel.Left ? [Speaker.Rep, Speaker.Customer] : [Speaker.Customer, Speaker.Rep];
        return new RecordingContent(audio.DurationSeconds, audio, speakers, null);
    }

    private static RecordingContent FromTranscript(IReadOnlyList<TranscriptCue> cues, CallMetadata metadata)
    {
        var speakerOf = CueSpeakers.Resolve(cues, metadata);
        var segments = cues
            .OrderBy(c => c.Start)
            .Select(c => new TranscriptSegment(speakerOf(c.Voice), c.Start, c.End, c.Text, []))
            .ToList();
        return new RecordingContent(cues.Max(c => c.End), null, [], segments);
    }

    private static string ReadText(string path)
    {
        var length = new FileInfo(path).Length;
        if (length > MaxTranscriptBytes)
        {
            throw new UnreadableRecordingException(
                $"a transcript of {length / (1024.0 * 1024):F1} MB is larger than the {MaxTranscriptBytes / (1024 * 1024)} MB a call transcript can be");
        }

        var bytes = File.ReadAllBytes(path);
        if (bytes.AsSpan().Contains((byte)0))
        {
            throw new UnreadableRecordingException("not a text transcript: the file contains binary data");
        }

        try
        {
            return new System.Text.UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes);
        }
        catch (System.Text.DecoderFallbackException e)
        {
            throw new UnreadableRecordingException("transcript is not valid UTF-8 text", e);
        }
    }
}
