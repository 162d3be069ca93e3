namespace CallCoach.Transcribe.Diarization;

/// <summary>
/// About a second of speech inside one speech region, described by the mean and spread of its cepstral
/// coefficients over its speech frames.
/// </summary>
/// <param name="Region">Which speech region of the call (0, 1, …, in the order they were added) it lies in.</param>
/// <param name="Start">First sample, counted from the start of the call.</param>
/// <param name="End">One past the last sample.</param>
public sealed record VoiceWindow(int Region, int Start, int End, float[] Features)
{
    public const int FeatureCount = 2 * CepstralAnalyzer.Coefficients;
}
