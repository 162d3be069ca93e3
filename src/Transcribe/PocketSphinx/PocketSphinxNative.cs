using System.Runtime.InteropServices;

namespace CallCoach.Transcribe.PocketSphinx;

/// <summary>
/// The few PocketSphinx 5prealpha calls CallCoach makes (Debian's libpocketsphinx3). cmd_ln_init is variadic,
/// so the configuration goes through cmd_ln_parse_r with an argv array; LPUTF8Str is refused for arrays, hence LPStr.
/// </summary>
internal static class PocketSphinxNative
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

    [DllImport(PocketSphinxLibrary, CallingConvention = CallingConvention.Cdecl)]
    public static extern nint ps_args();

    [DllImport(PocketSphinxLibrary, CallingConvention = CallingConvention.Cdecl)]
    public static extern nint ps_init(nint config);

    [DllImport(PocketSphinxLibrary, CallingConvention = CallingConvention.Cdecl)]
    public static extern int ps_free(nint decoder);

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
