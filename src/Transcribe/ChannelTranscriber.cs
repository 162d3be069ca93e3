using CallCoach.Core.Audio;
using CallCoach.Core.Calls;
using CallCoach.Core.Transcripts;
using CallCoach.Transcribe.Segmentation;

namespace CallCoach.Transcribe;

/// <summary>
/// Turns decoded audio into speaker-labelled segments: each channel is cut into turns, each turn is recognised,
/// and the channels are merged by time. A stereo call's channels carry the rep and the customer.
/// </summary>
public sealed class ChannelTranscriber(VoiceActivityDetector voiceActivity)
{
    public async Task<IReadOnlyList<TranscriptSegment>> TranscribeAsync(
        DecodedAudio audio,
        IReadOnlyList<Speaker> channelSpeakers,
        ISpeechRecognizer recognizer,
        CancellationToken ct)
    {
        var segments = new List<TranscriptSegment>();
        for (var channel = 0; channel < audio.Channels.Count; channel++)
        {
            var samples = audio.Channels[channel];
            var speaker = channel < channelSpeakers.Count ? channelSpeakers[channel] : Speaker.Unknown;
            foreach (var region in voiceActivity.Detect(samples, audio.SampleRate))
            {
                ct.ThrowIfCancellationRequested();
                var offset = (double)region.Start / audio.SampleRate;
                var speech = samples.AsMemory(region.Start, region.Length);
                var words = await recognizer.RecognizeAsync(speech, audio.SampleRate, ct);
                if (words.Count == 0)
                {
                    continue;
                }

                // The second search over the same audio, for the business terms the transcript may have misheard.
                var spotted = recognizer is IKeywordSpotter spotter ? spotter.Spot(speech, audio.SampleRate, ct) : [];

                var timed = words.Select(w => new TranscriptWord(w.Text, Round(offset + w.Start), Round(offset + w.End))).ToList();
                segments.Add(new TranscriptSegment(
                    speaker,
                    timed[0].Start,
                    timed[^1].End,
                    string.Join(' ', timed.Select(w => w.Text)),
                    timed)
                {
                    Spotted = [.. spotted.Select(k => new SpottedKeyword(k.Phrase, Round(offset + k.Start), Round(offset + k.End), k.Score))],
                });
            }
        }

        return [.. segments.OrderBy(s => s.Start).ThenBy(s => s.Speaker)];
    }

    private static double Round(double seconds) => Math.Round(seconds, 2);
}
