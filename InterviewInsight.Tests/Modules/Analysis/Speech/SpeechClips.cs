namespace InterviewInsight.Tests.Modules.Analysis.Speech;

/// <summary>The shared clips with plain reference transcripts (testdata/MANIFEST.md section B).</summary>
internal static class SpeechClips
{
    public static readonly string[] WithReference =
    [
        "B_jfk",
        "B_speechbrain_spk1_snt1", "B_speechbrain_spk1_snt2", "B_speechbrain_spk1_snt3", "B_speechbrain_spk1_snt4", "B_speechbrain_spk1_snt5",
        "B_librivox_ss01_0870", "B_librivox_ss01_0890", "B_librivox_ss01_0920",
    ];
}
