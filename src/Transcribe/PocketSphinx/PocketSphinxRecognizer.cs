using System.Runtime.InteropServices;
using System.Text.RegularExpressions;

namespace CallCoach.Transcribe.PocketSphinx;

/// <summary>
/// One loaded PocketSphinx decoder. Each utterance is decoded as a whole (full_utt), so the model's batch
/// cepstral mean normalisation is computed from that utterance itself rather than from the defaults a fresh
/// decoder starts with; this is what keeps the first file a decoder sees as good as the rest.
/// </summary>
internal sealed partial class PocketSphinxRecognizer : ISpeechRecognizer
{
    // The library's log is one process-wide FILE*: "-logfn" closes the previous one while another decoder may be
    // writing to it, which corrupted the process when several decoders started at once. So the log is switched
    // off once, and decoders are created one at a time.
    private static readonly Lock Creation = new();

    private nint config;
    private nint decoder;

    static PocketSphinxRecognizer() => PocketSphinxNative.err_set_logfp(0);

    public PocketSphinxRecognizer(PocketSphinxOptions options)
    {
        string[] argv =
        [
            "-hmm", options.AcousticModel,
            "-lm", options.LanguageModel,
            "-dict", options.Dictionary,
            "-samprate", "16000",
        ];
        lock (Creation)
        {
            Initialize(argv, options);
        }
    }

    private void Initialize(string[] argv, PocketSphinxOptions options)
    {
        config = PocketSphinxNative.cmd_ln_parse_r(0, PocketSphinxNative.ps_args(), argv.Length, argv, 1);
        if (config == 0)
        {
            throw new InvalidOperationException($"PocketSphinx refused its configuration: {string.Join(' ', argv)}");
        }

        decoder = PocketSphinxNative.ps_init(config);
        if (decoder == 0)
        {
            _ = PocketSphinxNative.cmd_ln_free_r(config);
            throw new InvalidOperationException(
                $"PocketSphinx could not load its model from {options.AcousticModel}. Install it with: {PocketSphinxOptions.InstallCommand}");
        }
    }

    // Fillers, silences and noise markers are not words anyone said; "(2)" marks an alternate pronunciation.
    [GeneratedRegex(@"^(<.*>|\[.*\]|\+\+.*\+\+|\(NULL\))$")]
    private static partial Regex NonWord();

    [GeneratedRegex(@"\(\d+\)$")]
    private static partial Regex AlternatePronunciation();

    public Task<IReadOnlyList<RecognizedWord>> RecognizeAsync(ReadOnlyMemory<short> utterance, int sampleRate, CancellationToken ct)
    {
        ObjectDisposedException.ThrowIf(decoder == 0, this);
        if (sampleRate != 16_000)
        {
            throw new ArgumentException("PocketSphinx's en-us model takes 16 kHz audio", nameof(sampleRate));
        }

        ct.ThrowIfCancellationRequested();
        return Task.FromResult<IReadOnlyList<RecognizedWord>>(Decode(utterance.Span));
    }

    private unsafe List<RecognizedWord> Decode(ReadOnlySpan<short> samples)
    {
        Check(PocketSphinxNative.ps_start_utt(decoder), "ps_start_utt");
        fixed (short* data = samples)
        {
            if (PocketSphinxNative.ps_process_raw(decoder, data, (nuint)samples.Length, 0, 1) < 0)
            {
                _ = PocketSphinxNative.ps_end_utt(decoder);
                throw new InvalidOperationException("PocketSphinx failed to process the audio");
            }
        }

        Check(PocketSphinxNative.ps_end_utt(decoder), "ps_end_utt");

        var words = new List<RecognizedWord>();
        for (var segment = PocketSphinxNative.ps_seg_iter(decoder); segment != 0; segment = PocketSphinxNative.ps_seg_next(segment))
        {
            var word = Marshal.PtrToStringUTF8(PocketSphinxNative.ps_seg_word(segment)) ?? string.Empty;
            if (NonWord().IsMatch(word))
            {
                continue;
            }

            PocketSphinxNative.ps_seg_frames(segment, out var start, out var end);
            words.Add(new RecognizedWord(
                AlternatePronunciation().Replace(word, string.Empty),
                start / PocketSphinxNative.FramesPerSecond,
                (end + 1) / PocketSphinxNative.FramesPerSecond));
        }

        return words;
    }

    private static void Check(int result, string call)
    {
        if (result < 0)
        {
            throw new InvalidOperationException($"PocketSphinx {call} failed ({result})");
        }
    }

    public void Dispose()
    {
        if (decoder != 0)
        {
            _ = PocketSphinxNative.ps_free(decoder);
            decoder = 0;
        }

        if (config != 0)
        {
            _ = PocketSphinxNative.cmd_ln_free_r(config);
            config = 0;
        }
    }
}
