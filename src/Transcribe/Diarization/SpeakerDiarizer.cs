using CallCoach.Transcribe.Segmentation;
using CallCoach.Transcribe.VoiceProfiles;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CallCoach.Transcribe.Diarization;

/// <summary>
/// Who spoke when in a mono call: voice activity finds the speech, each stretch without a pause is described by
/// one-second voice windows, the windows are split into at most two voices, and the recognizer's turns are cut
/// where the voice changes. The rep is the voice nearest the rep's enrolled profile, or else the voice of the
/// first turn. See docs/decisions/009-mono-diarization.md.
/// A long call is diarized in two passes over its speech regions (<see cref="Begin"/>): the first only gathers
/// voice windows, the second cuts each region into turns once the voices are known.
/// </summary>
public sealed class SpeakerDiarizer(
    IOptions<VoiceActivityOptions> voiceActivityOptions,
    IOptions<DiarizationOptions> options,
    ILogger<SpeakerDiarizer> logger)
{
    /// <summary>A call held in memory whole: short clips and checks.</summary>
    public DiarizedCall Diarize(ReadOnlySpan<short> samples, int sampleRate, VoiceProfile? repProfile, CancellationToken ct)
    {
        var floor = new NoiseFloor();
        floor.Add(samples, sampleRate);
        var noise = floor.Decibels ?? 0;
        var regions = VoiceActivityDetector.Detect(samples, sampleRate, voiceActivityOptions.Value, noise);
        var call = Begin(sampleRate, noise);
        foreach (var region in regions)
        {
            ct.ThrowIfCancellationRequested();
            call.Add(region, samples[region.Start..region.End]);
        }

        var voices = call.Cluster();
        var turns = new List<ClusterTurn>();
        foreach (var region in regions)
        {
            turns.AddRange(voices.TurnsIn(region, samples[region.Start..region.End]));
        }

        return voices.Name(turns, repProfile);
    }

    /// <summary>The first pass over one mono call, whose channel has the given noise floor.</summary>
    public MonoCallVoices Begin(int sampleRate, double noiseFloor) =>
        new(options.Value, voiceActivityOptions.Value, sampleRate, noiseFloor, logger);
}
