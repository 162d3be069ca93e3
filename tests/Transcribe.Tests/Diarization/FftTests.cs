using CallCoach.Transcribe.Diarization;

namespace CallCoach.Transcribe.Tests.Diarization;

public sealed class FftTests
{
    [Fact]
    public void TheTransformEqualsTheDiscreteFourierTransformComputedTheLongWay()
    {
        var random = new Random(5);
        var signal = Enumerable.Range(0, 64).Select(_ => random.NextDouble() - 0.5).ToArray();
        var real = (double[])signal.Clone();
        var imaginary = new double[64];

        Fft.Transform(real, imaginary);

        for (var k = 0; k < 64; k++)
        {
            var expectedReal = signal.Select((x, n) => x * Math.Cos(2 * Math.PI * k * n / 64)).Sum();
            var expectedImaginary = signal.Select((x, n) => -x * Math.Sin(2 * Math.PI * k * n / 64)).Sum();
            Assert.Equal(expectedReal, real[k], precision: 9);
            Assert.Equal(expectedImaginary, imaginary[k], precision: 9);
        }
    }

    [Fact]
    public void ALengthThatIsNotAPowerOfTwoIsRefused()
    {
        Assert.Throws<ArgumentException>(() => Fft.Transform(new double[48], new double[48]));
    }
}
