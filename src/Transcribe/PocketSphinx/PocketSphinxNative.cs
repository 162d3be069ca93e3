using System.Runtime.InteropServices;

namespace CallCoach.Transcribe.PocketSphinx;

/// <summary>
/// The few PocketSphinx 5prealpha calls CallCoach makes (Debian's libpocketsphinx3). cmd_ln_init is variadic,
/// so the configuration goes through cmd_ln_parse_r with an argv array; LPUTF8Str is refused for arrays, hence LPStr.
/// </summary>
internal static partial class PocketSphinxNative
{
    public const string PocketSphinxLibrary = "libpocketsphinx.so.3";
    public const string SphinxBaseLibrary = "libsphinxbase.so.3";

    /// <summary>PocketSphinx reports word boundaries in frames of 10 ms.</summary>
    public const double FramesPerSecond = 100.0;

    [DllImport(SphinxBaseLibrary, CallingConvention = CallingConvention.Cdecl)]
    public static extern nint cmd_ln_parse_r(
        nint inoutCmdln,
        nint definitions,
        int argc,
        [MarshalAs(UnmanagedType.LPArray, ArraySubType = UnmanagedType.LPStr)] string[] argv,
        int strict);

    [DllImport(SphinxBaseLibrary, CallingConvention = CallingConvention.Cdecl)]
    public static extern int cmd_ln_free_r(nint cmdln);

    /// <summary>NULL turns the library's process-wide log off.</summary>
    [DllImport(SphinxBaseLibrary, CallingConvention = CallingConvention.Cdecl)]
    public static extern void err_set_logfp(nint stream);

    /// <summary>NGRAM_AUTO: ARPA or binary, told apart by the file itself.</summary>
    public const int NgramAuto = 0;

    [LibraryImport(SphinxBaseLibrary, StringMarshalling = StringMarshalling.Utf8)]
    [UnmanagedCallConv(CallConvs = [typeof(System.Runtime.CompilerServices.CallConvCdecl)])]
    public static partial nint ngram_model_read(nint config, string fileName, int fileType, nint logmath);

    /// <summary>The set holds its own references to <paramref name="models"/>; the caller frees its own.</summary>
    [DllImport(SphinxBaseLibrary, CallingConvention = CallingConvention.Cdecl)]
    public static extern nint ngram_model_set_init(
        nint config,
        nint[] models,
        [MarshalAs(UnmanagedType.LPArray, ArraySubType = UnmanagedType.LPStr)] string[] names,
        float[] weights,
        int count);

    /// <summary>Switches a set from "one model at a time" to interpolating its models with their weights.</summary>
    [DllImport(SphinxBaseLibrary, CallingConvention = CallingConvention.Cdecl)]
    public static extern nint ngram_model_set_interp(nint set, nint names, nint weights);

    /// <summary>Returns the references left, 0 once freed.</summary>
    [DllImport(SphinxBaseLibrary, CallingConvention = CallingConvention.Cdecl)]
    public static extern int ngram_model_free(nint model);

    [DllImport(PocketSphinxLibrary, CallingConvention = CallingConvention.Cdecl)]
    public static extern nint ps_args();

    [DllImport(PocketSphinxLibrary, CallingConvention = CallingConvention.Cdecl)]
    public static extern nint ps_init(nint config);

    [DllImport(PocketSphinxLibrary, CallingConvention = CallingConvention.Cdecl)]
    public static extern int ps_free(nint decoder);

    /// <summary>The word's phones, or NULL when the dictionary does not have it.</summary>
    [LibraryImport(PocketSphinxLibrary, StringMarshalling = StringMarshalling.Utf8)]
    [UnmanagedCallConv(CallConvs = [typeof(System.Runtime.CompilerServices.CallConvCdecl)])]
    public static partial nint ps_lookup_word(nint decoder, string word);

    [DllImport(PocketSphinxLibrary, CallingConvention = CallingConvention.Cdecl)]
    public static extern nint ps_get_logmath(nint decoder);

    /// <summary>Adds a named n-gram search; the decoder takes its own reference to <paramref name="lm"/>.</summary>
    [LibraryImport(PocketSphinxLibrary, StringMarshalling = StringMarshalling.Utf8)]
    [UnmanagedCallConv(CallConvs = [typeof(System.Runtime.CompilerServices.CallConvCdecl)])]
    public static partial int ps_set_lm(nint decoder, string name, nint lm);

    /// <summary>Adds a named keyword-spotting search from a file of "phrase /threshold/" lines.</summary>
    [LibraryImport(PocketSphinxLibrary, StringMarshalling = StringMarshalling.Utf8)]
    [UnmanagedCallConv(CallConvs = [typeof(System.Runtime.CompilerServices.CallConvCdecl)])]
    public static partial int ps_set_kws(nint decoder, string name, string keyfile);

    [LibraryImport(PocketSphinxLibrary, StringMarshalling = StringMarshalling.Utf8)]
    [UnmanagedCallConv(CallConvs = [typeof(System.Runtime.CompilerServices.CallConvCdecl)])]
    public static partial int ps_set_search(nint decoder, string name);

    /// <summary>Returns the new word's id, or -1 when it is already in the dictionary (or the phones are unknown).</summary>
    [LibraryImport(PocketSphinxLibrary, StringMarshalling = StringMarshalling.Utf8)]
    [UnmanagedCallConv(CallConvs = [typeof(System.Runtime.CompilerServices.CallConvCdecl)])]
    public static partial int ps_add_word(nint decoder, string word, string phones, int update);

    [DllImport(PocketSphinxLibrary, CallingConvention = CallingConvention.Cdecl)]
    public static extern int ps_seg_prob(nint segment, out int acousticScore, out int languageScore, out int languageBackoff);

    /// <summary>Resets what the front end tracks across utterances (its noise estimate) for a new audio stream.</summary>
    [DllImport(PocketSphinxLibrary, CallingConvention = CallingConvention.Cdecl)]
    public static extern int ps_start_stream(nint decoder);

    [DllImport(PocketSphinxLibrary, CallingConvention = CallingConvention.Cdecl)]
    public static extern int ps_start_utt(nint decoder);

    [DllImport(PocketSphinxLibrary, CallingConvention = CallingConvention.Cdecl)]
    public static extern unsafe int ps_process_raw(nint decoder, short* data, nuint samples, int noSearch, int fullUtterance);

    [DllImport(PocketSphinxLibrary, CallingConvention = CallingConvention.Cdecl)]
    public static extern int ps_end_utt(nint decoder);

    [DllImport(PocketSphinxLibrary, CallingConvention = CallingConvention.Cdecl)]
    public static extern nint ps_seg_iter(nint decoder);

    [DllImport(PocketSphinxLibrary, CallingConvention = CallingConvention.Cdecl)]
    public static extern nint ps_seg_next(nint segment);

    [DllImport(PocketSphinxLibrary, CallingConvention = CallingConvention.Cdecl)]
    public static extern nint ps_seg_word(nint segment);

    [DllImport(PocketSphinxLibrary, CallingConvention = CallingConvention.Cdecl)]
    public static extern void ps_seg_frames(nint segment, out int startFrame, out int endFrame);

    [DllImport(PocketSphinxLibrary, CallingConvention = CallingConvention.Cdecl)]
    public static extern void ps_seg_free(nint segment);
}
