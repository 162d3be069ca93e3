namespace CallCoach.Transcribe.Diarization;

/// <summary>The frames of one stretch of audio: each frame's loudness and its cepstral coefficients.</summary>
internal sealed class CepstralFrames(int count, int coefficients)
{
    private readonly float[] values = new float[count * coefficients];

    public int Count => count;

    public double[] EnergyDecibels { get; } = new double[count];

    public Span<float> Of(int frame) => values.AsSpan(frame * coefficients, coefficients);
}
