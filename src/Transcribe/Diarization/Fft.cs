using System.Numerics;

namespace CallCoach.Transcribe.Diarization;

/// <summary>
/// An in-place radix-2 Cooley–Tukey FFT. Voice features need one 512-point transform per 10 ms frame; that is
/// too little to justify a package.
/// </summary>
internal static class Fft
{
    public static void Transform(Span<double> real, Span<double> imaginary)
    {
        var n = real.Length;
        if (!BitOperations.IsPow2(n) || imaginary.Length != n)
        {
            throw new ArgumentException("both parts must have the same power-of-two length", nameof(real));
        }

        for (int i = 1, j = 0; i < n; i++)
        {
            var bit = n >> 1;
            for (; (j & bit) != 0; bit >>= 1)
            {
                j ^= bit;
            }

            j ^= bit;
            if (i < j)
            {
                (real[i], real[j]) = (real[j], real[i]);
                (imaginary[i], imaginary[j]) = (imaginary[j], imaginary[i]);
            }
        }

        for (var length = 2; length <= n; length <<= 1)
        {
            var half = length / 2;
            var angle = -2 * Math.PI / length;
            var (stepReal, stepImaginary) = (Math.Cos(angle), Math.Sin(angle));
            for (var start = 0; start < n; start += length)
            {
                var (wReal, wImaginary) = (1.0, 0.0);
                for (var k = 0; k < half; k++)
                {
                    var a = start + k;
                    var b = a + half;
                    var tReal = real[b] * wReal - imaginary[b] * wImaginary;
                    var tImaginary = real[b] * wImaginary + imaginary[b] * wReal;
                    real[b] = real[a] - tReal;
                    imaginary[b] = imaginary[a] - tImaginary;
                    real[a] += tReal;
                    imaginary[a] += tImaginary;
                    (wReal, wImaginary) = (wReal * stepReal - wImaginary * stepImaginary, wReal * stepImaginary + wImaginary * stepReal);
                }
            }
        }
    }
}
