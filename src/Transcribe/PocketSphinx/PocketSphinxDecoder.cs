using System.Runtime.InteropServices;

namespace CallCoach.Transcribe.PocketSphinx;

/// <summary>One native decoder and its configuration: loads the acoustic model, decodes whole utterances.</summary>
internal sealed class PocketSphinxDecoder : IDisposable
{
    private nint config;

    public PocketSphinxDecoder(IReadOnlyList<string> arguments, string acousticModel)
    {
        string[] argv = [.. arguments];
        config = PocketSphinxNative.cmd_ln_parse_r(0, PocketSphinxNative.ps_args(), argv.Length, argv, 1);
        if (config == 0)
        {
            throw new InvalidOperationException($"PocketSphinx refused its configuration: {string.Join(' ', argv)}");
        }

        Handle = PocketSphinxNative.ps_init(config);
        if (Handle == 0)
        {
            Dispose();
            throw new InvalidOperationException(
                $"PocketSphinx could not load its model from {acousticModel}. Install it with: {PocketSphinxOptions.InstallCommand}");
        }
    }

    public nint Handle { get; private set; }

    public nint Config => config;

    /// <summary>The word's phones in the decoder's dictionary, or null when it does not know the word.</summary>
    public unsafe string? Phones(string word)
    {
        var phones = PocketSphinxNative.ps_lookup_word(Handle, word);
        try
        {
            return phones == 0 ? null : Marshal.PtrToStringUTF8(phones);
        }
        finally
        {
            NativeMemory.Free((void*)phones);
        }
    }

    public void Use(string search) => Check(PocketSphinxNative.ps_set_search(Handle, search), "ps_set_search");

    /// <param name="fullUtterance">1 to take the cepstral mean from the utterance as a whole, 0 for the running mean.</param>
    public unsafe List<(string Word, double Start, double End, int Score)> Decode(ReadOnlySpan<short> samples, int fullUtterance)
    {
        ObjectDisposedException.ThrowIf(Handle == 0, this);

        // The front end's noise estimate would otherwise carry over from whatever this decoder heard last (another
        // channel, another call): each utterance starts from none, as its cepstral mean is its own.
        Check(PocketSphinxNative.ps_start_stream(Handle), "ps_start_stream");
        Check(PocketSphinxNative.ps_start_utt(Handle), "ps_start_utt");
        fixed (short* data = samples)
        {
            if (PocketSphinxNative.ps_process_raw(Handle, data, (nuint)samples.Length, 0, fullUtterance) < 0)
            {
                _ = PocketSphinxNative.ps_end_utt(Handle);
                throw new InvalidOperationException("PocketSphinx failed to process the audio");
            }
        }

        Check(PocketSphinxNative.ps_end_utt(Handle), "ps_end_utt");

        var results = new List<(string, double, double, int)>();
        for (var segment = PocketSphinxNative.ps_seg_iter(Handle); segment != 0; segment = PocketSphinxNative.ps_seg_next(segment))
        {
            var word = (Marshal.PtrToStringUTF8(PocketSphinxNative.ps_seg_word(segment)) ?? string.Empty).Trim();
            PocketSphinxNative.ps_seg_frames(segment, out var start, out var end);
            var score = PocketSphinxNative.ps_seg_prob(segment, out _, out _, out _);
            results.Add((word, start / PocketSphinxNative.FramesPerSecond, (end + 1) / PocketSphinxNative.FramesPerSecond, score));
        }

        return results;
    }

    public static void Check(int result, string call)
    {
        if (result < 0)
        {
            throw new InvalidOperationException($"PocketSphinx {call} failed ({result})");
        }
    }

    public void Dispose()
    {
        if (Handle != 0)
        {
            _ = PocketSphinxNative.ps_free(Handle);
            Handle = 0;
        }

        if (config != 0)
        {
            _ = PocketSphinxNative.cmd_ln_free_r(config);
            config = 0;
        }
    }
}
