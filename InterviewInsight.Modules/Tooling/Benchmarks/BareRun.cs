namespace InterviewInsight.Modules.Tooling.Benchmarks;

/// <summary>The bare engine on one WAV: wall-clock time, its start-up (the same run on 1 s of silence) and peak memory.</summary>
/// <param name="Command">What ran.</param>
/// <param name="Seconds">Wall-clock time on the recording, start-up included.</param>
/// <param name="StartupSeconds">Wall-clock time of the same command on 1 s of silence (process start and model load); null when not measured.</param>
/// <param name="MediaSeconds">Length of the recording.</param>
/// <param name="WordCount">Words it printed (shows it did real work).</param>
/// <param name="PeakWorkingSetBytes">Peak resident set, sampled every 50 ms (may under-read a short last peak).</param>
internal sealed record BareRun(string Command, double Seconds, double? StartupSeconds, double MediaSeconds, int WordCount, long PeakWorkingSetBytes)
{
    public double RealTimeFactor => MediaSeconds > 0 ? Seconds / MediaSeconds : 0;

    /// <summary>Decoding time without process start-up and model load, the like-for-like figure for a warm pipeline.</summary>
    public double DecodingSeconds => Math.Max(0, Seconds - (StartupSeconds ?? 0));
}
