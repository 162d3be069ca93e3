namespace CallCoach.Transcribe.Diarization;

/// <summary>Mean and variance of each feature over a set of windows.</summary>
public sealed record FeatureMoments(double[] Mean, double[] Variance)
{
    public static FeatureMoments Of(IEnumerable<float[]> vectors)
    {
        var mean = new double[VoiceWindow.FeatureCount];
        var squares = new double[VoiceWindow.FeatureCount];
        var count = 0;
        foreach (var vector in vectors)
        {
            for (var d = 0; d < mean.Length; d++)
            {
                mean[d] += vector[d];
                squares[d] += (double)vector[d] * vector[d];
            }

            count++;
        }

        if (count == 0)
        {
            throw new ArgumentException("no vectors to describe", nameof(vectors));
        }

        var variance = new double[mean.Length];
        for (var d = 0; d < mean.Length; d++)
        {
            mean[d] /= count;
            variance[d] = Math.Max(0, squares[d] / count - mean[d] * mean[d]);
        }

        return new FeatureMoments(mean, variance);
    }

    /// <summary>
    /// Squared distance from <paramref name="point"/> to this mean, each feature measured in units of
    /// <paramref name="scale"/>'s spread, so loud and quiet features count alike.
    /// </summary>
    public double ScaledDistance(double[] point, FeatureMoments scale)
    {
        double sum = 0;
        for (var d = 0; d < Mean.Length; d++)
        {
            var difference = point[d] - Mean[d];
            sum += difference * difference / Math.Max(scale.Variance[d], 1e-9);
        }

        return sum;
    }
}
