namespace CallCoach.Transcribe.Diarization;

/// <summary>Triangular filters spaced evenly on the mel scale, the ear's pitch scale, over a power spectrum.</summary>
internal sealed class MelFilterbank
{
    // Keeps log(0) out of silent bands; far below any band energy of 16-bit speech.
    private const double EnergyFloor = 1e-3;

    private readonly (int FirstBin, double[] Weights)[] filters;

    public MelFilterbank(int sampleRate, int fftSize, int bands, double lowHertz, double highHertz)
    {
        var low = Mel(lowHertz);
        var high = Mel(highHertz);
        var edges = Enumerable.Range(0, bands + 2)
            .Select(i => Hertz(low + (high - low) * i / (bands + 1)) * fftSize / sampleRate)
            .ToArray();
        filters = new (int, double[])[bands];
        for (var band = 0; band < bands; band++)
        {
            var (left, centre, right) = (edges[band], edges[band + 1], edges[band + 2]);
            var first = (int)Math.Ceiling(left);
            var last = Math.Min(fftSize / 2, (int)Math.Floor(right));
            var weights = new double[Math.Max(0, last - first + 1)];
            for (var bin = first; bin <= last; bin++)
            {
                weights[bin - first] = bin <= centre ? (bin - left) / (centre - left) : (right - bin) / (right - centre);
            }

            filters[band] = (first, weights);
        }
    }

    public int Bands => filters.Length;

    /// <summary>Natural log of each band's energy.</summary>
    public void LogEnergies(ReadOnlySpan<double> power, Span<double> output)
    {
        for (var band = 0; band < filters.Length; band++)
        {
            var (first, weights) = filters[band];
            double sum = 0;
            for (var i = 0; i < weights.Length; i++)
            {
                sum += weights[i] * power[first + i];
            }

            output[band] = Math.Log(Math.Max(sum, EnergyFloor));
        }
    }

    private static double Mel(double hertz) => 2595 * Math.Log10(1 + hertz / 700);

    private static double Hertz(double mel) => 700 * (Math.Pow(10, mel / 2595) - 1);
}
