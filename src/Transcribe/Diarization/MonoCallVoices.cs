using CallCoach.Transcribe.Segmentation;
using Microsoft.Extensions.Logging;

namespace CallCoach.Transcribe.Diarization;

/// <summary>
/// The first pass of diarizing one mono call: each speech region's voice windows are gathered as the region goes
/// by, keeping only their features, then <see cref="Cluster"/> splits them into voices. One instance per call.
/// </summary>
public sealed class MonoCallVoices(DiarizationOptions options, VoiceActivityOptions voiceActivity, int sampleRate, double noiseFloor, ILogger logger)
{
    private readonly VoiceWindows windows = new(options, sampleRate);
    private readonly VoiceActivityOptions finer = voiceActivity.WithMinPause(options.MinPauseSeconds);

    /// <param name="region">Where the region lies in the call.</param>
    /// <param name="samples">The region's own samples.</param>
    public void Add(SpeechRegion region, ReadOnlySpan<short> samples)
    {
        // Windows are taken from the region's stretches between shorter pauses than turns are cut at, so one window
        // rarely straddles two voices.
        foreach (var stretch in VoiceActivityDetector.Detect(samples, sampleRate, finer, noiseFloor))
        {
            windows.Add(samples[stretch.Start..stretch.End], region.Start + stretch.Start);
        }
    }

    public MonoCallTurns Cluster() => new(windows.All, TwoSpeakerClustering.Cluster(windows.All, options), options, sampleRate, logger);
}
