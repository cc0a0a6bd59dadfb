namespace InterviewInsight.Modules.Tooling.Benchmarks;

/// <summary>One thing the benchmark times, each in a child process of its own so its peak memory is its own.</summary>
internal enum BenchmarkCase
{
    /// <summary>SpeechAnalyzer: VAD, transcription, prosody, metrics over the 16 kHz WAV.</summary>
    Speech,

    /// <summary>VisionAnalyzer at 5 analysed frames per second (the default).</summary>
    VisionFiveFps,

    /// <summary>VisionAnalyzer on every decoded frame (the high-accuracy mode).</summary>
    VisionEveryFrame,

    /// <summary>RecordingAnalyzer: speech, then vision at 5 fps, then fusion (what the background job runs).</summary>
    Whole,

    /// <summary>Our PocketSphinx wrapper alone on the whole WAV (no VAD, prosody, metrics): the bare-engine stand-in
    /// used only when <c>pocketsphinx_continuous</c> is not installed.</summary>
    PocketSphinxDecoder,
}
