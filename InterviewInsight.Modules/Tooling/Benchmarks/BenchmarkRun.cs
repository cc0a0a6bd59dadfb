namespace InterviewInsight.Modules.Tooling.Benchmarks;

/// <summary>Everything one <c>benchmark</c> run measured, ready for the report.</summary>
/// <remarks>
/// <c>ShortSeconds</c> is the length of the short recording every case warms up on: 60 unless <c>--short-seconds</c> says
/// otherwise (the test uses 20 to check the machinery in a third of the time).
/// </remarks>
internal sealed record BenchmarkRun(MachineInfo Machine, DateTime StartedUtc, string Command, bool Quick, int ShortSeconds, IReadOnlyList<InputResults> Inputs);

/// <summary>The figures for one recording.</summary>
/// <param name="Input">The recording and how it was made.</param>
/// <param name="Speech">SpeechAnalyzer over the WAV.</param>
/// <param name="VisionFiveFps">VisionAnalyzer at 5 fps.</param>
/// <param name="VisionEveryFrame">VisionAnalyzer on every frame.</param>
/// <param name="Whole">RecordingAnalyzer (speech + vision at 5 fps + fusion).</param>
/// <param name="Bare">The bare engine on the same WAV.</param>
/// <param name="BareIsWrapper">True when pocketsphinx_continuous was missing and our P/Invoke decoder alone stood in for it.</param>
internal sealed record InputResults(
    BenchmarkInput Input,
    CaseMeasurement Speech,
    CaseMeasurement VisionFiveFps,
    CaseMeasurement VisionEveryFrame,
    CaseMeasurement Whole,
    BareRun Bare,
    bool BareIsWrapper);
