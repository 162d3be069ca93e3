namespace CallCoach.Testing;

/// <summary>How much of a stretch of audio is one frequency, by the Goertzel algorithm.</summary>
public static class ToneMeter
{
    /// <summary>
    /// The share of the samples' energy at <paramref name="hertz"/>: 1 for a pure tone of that frequency over whole
    /// cycles, near 0 for speech or silence at other frequencies.
    /// </summary>
    public static double Share(ReadOnlySpan<short> samples, double hertz, int sampleRate)
    {
        var coefficient = 2 * Math.Cos(2 * Math.PI * hertz / sampleRate);
        double previous = 0, beforePrevious = 0, energy = 0;
        foreach (var sample in samples)
        {
            var current = sample + coefficient * previous - beforePrevious;
            beforePrevious = previous;
            previous = current;
            energy += (double)sample * sample;
        }

        var power = previous * previous + beforePrevious * beforePrevious - coefficient * previous * beforePrevious;
        return energy == 0 ? 0 : 2 * power / (samples.Length * energy);
    }
}
