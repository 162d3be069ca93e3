using CallCoach.Core.Calls;
using CallCoach.Core.Transcripts;
using CallCoach.Ingest.Transcripts;
using Microsoft.Extensions.Options;

namespace CallCoach.Ingest.Decoding;

/// <summary>Reads any supported recording or transcript file into <see cref="RecordingContent"/>.</summary>
public sealed class RecordingReader(IOptions<IngestOptions> options)
{
    public static readonly IReadOnlySet<string> SupportedExtensions =
        new HashSet<string>(StringComparer.OrdinalIgnoreCase) { ".wav", ".mp3", ".vtt", ".srt" };

    public RecordingContent Read(string path, CallMetadata metadata, CancellationToken ct)
    {
        var extension = Path.GetExtension(path).ToLowerInvariant();
        if (new FileInfo(path).Length == 0)
        {
            throw new UnreadableRecordingException("the file is empty");
        }

        return extension switch
        {
            ".wav" => FromAudio(WavDecoder.Probe(path)),
            ".mp3" => FromAudio(Mp3Decoder.Probe(path, ct)),
            ".vtt" => FromTranscript(SubtitleParser.Parse(ReadText(path), isWebVtt: true), metadata),
            ".srt" => FromTranscript(SubtitleParser.Parse(ReadText(path), isWebVtt: false), metadata),
            _ => throw new UnreadableRecordingException(
                $"unsupported file type '{extension}': CallCoach reads {string.Join(", ", SupportedExtensions)}"),
        };
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
