using System.Runtime.InteropServices;

namespace InterviewInsight.Modules.Engines.Speech.Transcription;

/// <summary>
/// P/Invoke into Debian's PocketSphinx 5prealpha (<c>libpocketsphinx3</c>, <c>libsphinxbase3</c>). DllImport rather than
/// LibraryImport because the generated marshallers need unsafe code, which the project does not enable. LPStr is UTF-8
/// on Linux.
/// </summary>
internal static class PocketSphinxNative
{
    public const string PocketSphinxLibrary = "libpocketsphinx.so.3";
    public const string SphinxBaseLibrary = "libsphinxbase.so.3";

    [DllImport(PocketSphinxLibrary)]
    public static extern IntPtr ps_args();

    [DllImport(SphinxBaseLibrary)]
    public static extern IntPtr cmd_ln_parse_r(
        IntPtr inoutCmdln,
        IntPtr definitions,
        int argc,
        [MarshalAs(UnmanagedType.LPArray, ArraySubType = UnmanagedType.LPStr)] string[] argv,
        int strict);

    [DllImport(SphinxBaseLibrary)]
    public static extern int cmd_ln_free_r(IntPtr cmdln);

    [DllImport(PocketSphinxLibrary)]
    public static extern IntPtr ps_init(IntPtr config);

    [DllImport(PocketSphinxLibrary)]
    public static extern int ps_free(IntPtr ps);

    [DllImport(PocketSphinxLibrary)]
    public static extern int ps_reinit(IntPtr ps, IntPtr config);

    [DllImport(PocketSphinxLibrary)]
    public static extern int ps_start_utt(IntPtr ps);

    [DllImport(PocketSphinxLibrary)]
    public static extern int ps_process_raw(IntPtr ps, short[] data, nuint samples, int noSearch, int fullUtterance);

    [DllImport(PocketSphinxLibrary)]
    public static extern int ps_end_utt(IntPtr ps);

    [DllImport(PocketSphinxLibrary)]
    public static extern IntPtr ps_get_hyp(IntPtr ps, out int score);

    [DllImport(PocketSphinxLibrary)]
    public static extern IntPtr ps_seg_iter(IntPtr ps);

    [DllImport(PocketSphinxLibrary)]
    public static extern IntPtr ps_seg_next(IntPtr seg);

    [DllImport(PocketSphinxLibrary)]
    public static extern IntPtr ps_seg_word(IntPtr seg);

    [DllImport(PocketSphinxLibrary)]
    public static extern void ps_seg_frames(IntPtr seg, out int startFrame, out int endFrame);

    [DllImport(PocketSphinxLibrary)]
    public static extern int ps_seg_prob(IntPtr seg, out int acousticScore, out int languageScore, out int languageBackoff);
}
