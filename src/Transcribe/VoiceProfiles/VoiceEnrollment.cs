using CallCoach.Transcribe.Diarization;
using CallCoach.Transcribe.Segmentation;
using Microsoft.Extensions.Options;

namespace CallCoach.Transcribe.VoiceProfiles;

/// <summary>Makes a rep's voice profile from a recording of the rep speaking, with the diarizer's own features.</summary>
public sealed class VoiceEnrollment(IOptions<VoiceActivityOptions> voiceActivity, IOptions<DiarizationOptions> options, TimeProvider time)
{
    /// <summary>Fewer windows than this describe a few words, not a voice.</summary>
    public const int MinWindows = 10;

    /// <exception cref="InvalidOperationException">The recording holds too little speech.</exception>
    public VoiceProfile Enroll(string repId, ReadOnlySpan<short> samples, int sampleRate, CancellationToken ct)
    {
        if (RepIds.Problem(repId) is { } problem)
        {
            throw new ArgumentException(problem, nameof(repId));
        }

        var regions = VoiceActivityDetector.Detect(samples, sampleRate, voiceActivity.Value.WithMinPause(options.Value.MinPauseSeconds));
        var windows = new VoiceWindows(options.Value, sampleRate);
        windows.AddAll(samples, regions, ct);
        var speechSeconds = regions.Sum(r => r.Length) / (double)sampleRate;
        if (windows.All.Count < MinWindows)
        {
            throw new InvalidOperationException(
                $"only {speechSeconds:0.0} s of speech found; enroll from a recording with at least {MinWindows * options.Value.HopSeconds:0} s of the rep speaking");
        }

        var moments = FeatureMoments.Of(windows.All.Select(w => w.Features));
        return new VoiceProfile(
            repId, VoiceProfile.CurrentFeatures, time.GetUtcNow(), Math.Round(speechSeconds, 2), windows.All.Count, moments.Mean, moments.Variance);
    }
}
