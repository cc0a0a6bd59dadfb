namespace InterviewInsight.Modules.Tooling.Benchmarks;

/// <summary>A recording the benchmark measures, how it was made, and what normalising it (the WAV extraction) cost.</summary>
/// <param name="Title">Heading in the report, e.g. "60-second recording".</param>
/// <param name="Media">The files, in the benchmark's temporary folder.</param>
/// <param name="Commands">The ffmpeg commands that made it, in order, with the temporary folder written as $TMP.</param>
/// <param name="SourceNotes">What went in: clips, their total length, whether the video had audio.</param>
/// <param name="WavExtractionSeconds">Wall-clock time of the 16 kHz WAV extraction the job does for every recording.</param>
internal sealed record BenchmarkInput(
    string Title, BenchmarkMedia Media, IReadOnlyList<string> Commands, string SourceNotes, double WavExtractionSeconds);
