using CallCoach.Core.Audio;
using CallCoach.Core.Calls;
using CallCoach.Core.Transcripts;
using CallCoach.Transcribe.Diarization;
using CallCoach.Transcribe.Segmentation;
using CallCoach.Transcribe.VoiceProfiles;

namespace CallCoach.Transcribe;

/// <summary>
/// Turns decoded audio into speaker-labelled segments: each channel is cut into turns, each turn is recognised,
/// and the channels are merged by time. A stereo call's channels carry the rep and the customer; a mono call
/// whose speaker is unknown is diarized, so each voice's turns are recognised and labelled on their own.
/// </summary>
public sealed class ChannelTranscriber(VoiceActivityDetector voiceActivity, SpeakerDiarizer diarizer, VoiceProfileStore profiles)
{
    /// <param name="repId">The call's rep, whose enrolled voice profile (if any) tells the rep apart in a mono call.</param>
    public async Task<IReadOnlyList<TranscriptSegment>> TranscribeAsync(
        DecodedAudio audio,
        IReadOnlyList<Speaker> channelSpeakers,
        string? repId,
        ISpeechRecognizer recognizer,
        CancellationToken ct)
    {
        var segments = new List<TranscriptSegment>();
        for (var channel = 0; channel < audio.Channels.Count; channel++)
        {
            var samples = audio.Channels[channel];
            var speaker = channel < channelSpeakers.Count ? channelSpeakers[channel] : Speaker.Unknown;
            var turns = audio.Channels.Count == 1 && speaker == Speaker.Unknown
                ? await DiarizeAsync(samples, audio.SampleRate, repId, ct)
                : [.. voiceActivity.Detect(samples, audio.SampleRate).Select(region => new DiarizedTurn(region, speaker))];
            foreach (var (region, turnSpeaker) in turns)
            {
                ct.ThrowIfCancellationRequested();
                var offset = (double)region.Start / audio.SampleRate;
                var words = await recognizer.RecognizeAsync(samples.AsMemory(region.Start, region.Length), audio.SampleRate, ct);
                if (words.Count == 0)
                {
                    continue;
                }

                var timed = words.Select(w => new TranscriptWord(w.Text, Round(offset + w.Start), Round(offset + w.End))).ToList();
                segments.Add(new TranscriptSegment(
                    turnSpeaker,
                    timed[0].Start,
                    timed[^1].End,
                    string.Join(' ', timed.Select(w => w.Text)),
                    timed));
            }
        }

        return [.. segments.OrderBy(s => s.Start).ThenBy(s => s.Speaker)];
    }

    private async Task<IReadOnlyList<DiarizedTurn>> DiarizeAsync(short[] samples, int sampleRate, string? repId, CancellationToken ct)
    {
        var profile = await profiles.FindAsync(repId, ct);
        return diarizer.Diarize(samples, sampleRate, profile, ct).Turns;
    }

    private static double Round(double seconds) => Math.Round(seconds, 2);
}
