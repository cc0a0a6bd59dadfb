namespace InterviewInsight.Modules.Tooling.Benchmarks;

/// <summary>
/// What one child process measured. <see cref="ModelLoadSeconds"/> is loading the models in the fresh process;
/// <see cref="FirstRunSeconds"/> the first run after it (code is compiled on first use) on the 60 s input; <see cref="Seconds"/> is the next run, on the measured input, with everything loaded.
/// </summary>
/// <param name="Case">The case's command-line name.</param>
/// <param name="Engine">The engine that did the work (speech-to-text or vision pipeline name).</param>
/// <param name="ModelLoadSeconds">Loading the case's models in the fresh process, before the first run.</param>
/// <param name="FirstRunSeconds">Wall-clock time of the cold first run.</param>
/// <param name="FirstRunMediaSeconds">Length of the media of the first run.</param>
/// <param name="Seconds">Wall-clock time of the measured (warm) run.</param>
/// <param name="MediaSeconds">Length of the measured media.</param>
/// <param name="StageSeconds">Per-stage wall-clock seconds of the measured run (speech and whole cases).</param>
/// <param name="MillisecondsPerFrame">Per-stage milliseconds per analysed frame of the measured run (vision cases).</param>
/// <param name="FramesAnalysed">Frames the vision pipeline analysed in the measured run.</param>
/// <param name="WordCount">Words transcribed in the measured run (shows the run did real work).</param>
/// <param name="PeakWorkingSetBytes">The child process's peak resident set (VmHWM) over both runs.</param>
internal sealed record CaseMeasurement(
    string Case,
    string Engine,
    double ModelLoadSeconds,
    double FirstRunSeconds,
    double FirstRunMediaSeconds,
    double Seconds,
    double MediaSeconds,
    IReadOnlyDictionary<string, double> StageSeconds,
    IReadOnlyDictionary<string, double> MillisecondsPerFrame,
    int FramesAnalysed,
    int WordCount,
    long PeakWorkingSetBytes)
{
    public double RealTimeFactor => MediaSeconds > 0 ? Seconds / MediaSeconds : 0;
}
