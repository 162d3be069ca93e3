using CallCoach.Transcribe.Segmentation;

namespace CallCoach.Transcribe.Diarization;

/// <summary>
/// Mel-frequency cepstral coefficients every 10 ms (25 ms Hamming frames), the usual short-term description of a
/// voice's timbre. Holds its FFT buffers, so one instance serves one call on one thread.
/// </summary>
/// <remarks>
/// The filterbank spans 100–3800 Hz, the telephone band: a voice enrolled from a headset recording then matches the
/// same voice in a phone call, whose audio has nothing above 4 kHz. c0 (overall loudness) is left out, since it
/// says more about the microphone and the mix than about who speaks.
/// </remarks>
internal sealed class CepstralAnalyzer
{
    public const int Coefficients = 12;
    private const int Bands = 20;
    private const double FrameSeconds = 0.025;
    private const double HopSeconds = 0.010;
    private const double PreEmphasis = 0.97;

    private readonly int frameLength;
    private readonly double[] window;
    private readonly double[] real;
    private readonly double[] imaginary;
    private readonly double[] power;
    private readonly double[] logMel = new double[Bands];
    private readonly double[,] dct = new double[Coefficients, Bands];
    private readonly MelFilterbank filterbank;

    public CepstralAnalyzer(int sampleRate)
    {
        frameLength = (int)(sampleRate * FrameSeconds);
        Hop = (int)(sampleRate * HopSeconds);
        var fftSize = (int)System.Numerics.BitOperations.RoundUpToPowerOf2((uint)frameLength);
        window = [.. Enumerable.Range(0, frameLength).Select(i => 0.54 - 0.46 * Math.Cos(2 * Math.PI * i / (frameLength - 1)))];
        real = new double[fftSize];
        imaginary = new double[fftSize];
        power = new double[fftSize / 2 + 1];
        filterbank = new MelFilterbank(sampleRate, fftSize, Bands, 100, Math.Min(3800, sampleRate / 2.0));
        for (var c = 0; c < Coefficients; c++)
        {
            for (var b = 0; b < Bands; b++)
            {
                dct[c, b] = Math.Cos(Math.PI * (c + 1) * (b + 0.5) / Bands);
            }
        }
    }

    /// <summary>Samples between the starts of consecutive frames.</summary>
    public int Hop { get; }

    public int FrameLength => frameLength;

    public CepstralFrames Analyze(ReadOnlySpan<short> samples)
    {
        var count = samples.Length < frameLength ? 0 : (samples.Length - frameLength) / Hop + 1;
        var frames = new CepstralFrames(count, Coefficients);
        for (var f = 0; f < count; f++)
        {
            var frame = samples.Slice(f * Hop, frameLength);
            frames.EnergyDecibels[f] = VoiceActivityDetector.Decibels(frame);
            Spectrum(frame);
            filterbank.LogEnergies(power, logMel);
            var output = frames.Of(f);
            for (var c = 0; c < Coefficients; c++)
            {
                double sum = 0;
                for (var b = 0; b < Bands; b++)
                {
                    sum += dct[c, b] * logMel[b];
                }

                output[c] = (float)sum;
            }
        }

        return frames;
    }

    private void Spectrum(ReadOnlySpan<short> frame)
    {
        Array.Clear(real);
        Array.Clear(imaginary);
        double previous = frame[0];
        for (var i = 0; i < frame.Length; i++)
        {
            real[i] = (frame[i] - PreEmphasis * previous) * window[i];
            previous = frame[i];
        }

        Fft.Transform(real, imaginary);
        for (var k = 0; k < power.Length; k++)
        {
            power[k] = real[k] * real[k] + imaginary[k] * imaginary[k];
        }
    }
}
