using CallCoach.Core.Audio;
using CallCoach.Core.Calls;
using CallCoach.Core.Transcripts;
using CallCoach.Transcribe.Diarization;
using CallCoach.Transcribe.Segmentation;
using CallCoach.Transcribe.VoiceProfiles;
using Microsoft.Extensions.Options;

namespace CallCoach.Transcribe;

/// <summary>
/// Turns a recording into speaker-labelled segments: each channel is cut into turns, each turn is recognised,
/// and the channels are merged by time. A stereo call's channels carry the rep and the customer; a mono call
/// whose speaker is unknown is diarized, so each voice's turns are recognised and labelled on their own.
/// The audio is read in chunks, more than once (a pass for each channel's noise floor, a pass to find a mono call's
/// voices), and only speech not yet settled is held: memory does not grow with the call's length.
/// </summary>
public sealed class ChannelTranscriber(IOptions<VoiceActivityOptions> voiceActivity, SpeakerDiarizer diarizer, VoiceProfileStore profiles)
{
    /// <summary>Thirty seconds a chunk: many turns at once, a few megabytes of audio.</summary>
    public const int ChunkSeconds = 30;

    /// <param name="repId">The call's rep, whose enrolled voice profile (if any) tells the rep apart in a mono call.</param>
    public async Task<IReadOnlyList<TranscriptSegment>> TranscribeAsync(
        IAudioSource audio,
        IReadOnlyList<Speaker> channelSpeakers,
        string? repId,
        ISpeechRecognizer recognizer,
        CancellationToken ct)
    {
        var floors = NoiseFloors(audio, ct);
        var speakers = Enumerable.Range(0, audio.ChannelCount).Select(c => c < channelSpeakers.Count ? channelSpeakers[c] : Speaker.Unknown).ToArray();
        var segments = audio.ChannelCount == 1 && speakers[0] == Speaker.Unknown
            ? await TranscribeMonoAsync(audio, floors[0], repId, recognizer, ct)
            : await TranscribeChannelsAsync(audio, floors, speakers, recognizer, ct);
        return [.. segments.OrderBy(s => s.Start).ThenBy(s => s.Speaker)];
    }

    private async Task<List<TranscriptSegment>> TranscribeChannelsAsync(
        IAudioSource audio, double[] floors, Speaker[] speakers, ISpeechRecognizer recognizer, CancellationToken ct)
    {
        var segments = new List<TranscriptSegment>();
        await foreach (var (channel, region, samples) in Regions(audio, floors, ct))
        {
            if (await RecognizeAsync(recognizer, region.Start, samples, audio.SampleRate, speakers[channel], ct) is { } segment)
            {
                segments.Add(segment);
            }
        }

        return segments;
    }

    private async Task<List<TranscriptSegment>> TranscribeMonoAsync(
        IAudioSource audio, double floor, string? repId, ISpeechRecognizer recognizer, CancellationToken ct)
    {
        var voices = diarizer.Begin(audio.SampleRate, floor);
        await foreach (var (_, region, samples) in Regions(audio, [floor], ct))
        {
            voices.Add(region, samples);
        }

        var turns = voices.Cluster();
        var recognized = new List<(TranscriptSegment Segment, ClusterTurn Turn)>();
        var all = new List<ClusterTurn>();
        await foreach (var (_, region, samples) in Regions(audio, [floor], ct))
        {
            foreach (var turn in turns.TurnsIn(region, samples))
            {
                all.Add(turn);
                var speech = samples[(turn.Region.Start - region.Start)..(turn.Region.End - region.Start)];
                if (await RecognizeAsync(recognizer, turn.Region.Start, speech, audio.SampleRate, Speaker.Unknown, ct) is { } segment)
                {
                    recognized.Add((segment, turn));
                }
            }
        }

        // Voices are named once every turn is known: by the rep's profile, or by who spoke first.
        var named = turns.Name(all, await profiles.FindAsync(repId, ct));
        var speakerOf = named.Turns.ToDictionary(t => t.Region, t => t.Speaker);
        return [.. recognized.Select(r => r.Segment with { Speaker = speakerOf[r.Turn.Region] })];
    }

    /// <summary>Each channel's speech regions with their samples, in the order they settle, read a chunk at a time.</summary>
    private async IAsyncEnumerable<(int Channel, SpeechRegion Region, short[] Samples)> Regions(
        IAudioSource audio, double[] floors, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct)
    {
        var segmenters = floors.Select(f => new StreamingSegmenter(voiceActivity.Value, audio.SampleRate, f)).ToArray();
        foreach (var chunk in audio.ReadChunks(audio.SampleRate * ChunkSeconds, ct))
        {
            for (var c = 0; c < segmenters.Length; c++)
            {
                foreach (var (region, samples) in segmenters[c].Push(chunk.Channels[c]))
                {
                    yield return (c, region, samples);
                }
            }

            await Task.Yield();
        }

        for (var c = 0; c < segmenters.Length; c++)
        {
            foreach (var (region, samples) in segmenters[c].Finish())
            {
                yield return (c, region, samples);
            }
        }
    }

    private static double[] NoiseFloors(IAudioSource audio, CancellationToken ct)
    {
        var floors = Enumerable.Range(0, audio.ChannelCount).Select(_ => new NoiseFloor()).ToArray();
        foreach (var chunk in audio.ReadChunks(audio.SampleRate * ChunkSeconds, ct))
        {
            for (var c = 0; c < floors.Length; c++)
            {
                floors[c].Add(chunk.Channels[c], audio.SampleRate);
            }
        }

        return [.. floors.Select(f => f.Decibels ?? 0)];
    }

    private static async Task<TranscriptSegment?> RecognizeAsync(
        ISpeechRecognizer recognizer, int startSample, short[] speech, int sampleRate, Speaker speaker, CancellationToken ct)
    {
        var offset = (double)startSample / sampleRate;
        var words = await recognizer.RecognizeAsync(speech, sampleRate, ct);
        if (words.Count == 0)
        {
            return null;
        }

        // The second search over the same audio, for the business terms the transcript may have misheard.
        var spotted = recognizer is IKeywordSpotter spotter ? spotter.Spot(speech, sampleRate, ct) : [];
        var timed = words.Select(w => new TranscriptWord(w.Text, Round(offset + w.Start), Round(offset + w.End))).ToList();
        return new TranscriptSegment(speaker, timed[0].Start, timed[^1].End, string.Join(' ', timed.Select(w => w.Text)), timed)
        {
            Spotted = [.. spotted.Select(k => new SpottedKeyword(k.Phrase, Round(offset + k.Start), Round(offset + k.End), k.Score))],
        };
    }

    private static double Round(double seconds) => Math.Round(seconds, 2);
}
