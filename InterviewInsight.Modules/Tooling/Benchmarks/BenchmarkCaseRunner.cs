using System.Diagnostics;
using InterviewInsight.Modules.Engines;
using InterviewInsight.Modules.Engines.Pipeline;
using InterviewInsight.Modules.Engines.Speech;
using InterviewInsight.Modules.Engines.Speech.Audio;
using InterviewInsight.Modules.Engines.Speech.Transcription;
using InterviewInsight.Modules.Engines.Vision;
using InterviewInsight.Modules.Engines.Vision.Frames;

namespace InterviewInsight.Modules.Tooling.Benchmarks;

/// <summary>
/// Runs one benchmark case inside the child process: a cold first run on the warm-up media (models load on first use),
/// then the measured run on the target media with the same engines, as the long-running app would.
/// </summary>
internal sealed class BenchmarkCaseRunner(AnalysisEngines engines) : IDisposable
{
    private readonly Lazy<PocketSphinxSpeechToText> sphinx = new(() => new PocketSphinxSpeechToText());

    public void Dispose()
    {
        if (sphinx.IsValueCreated)
        {
            sphinx.Value.Dispose();
        }
    }

    public async Task<CaseMeasurement> RunAsync(BenchmarkCase benchmarkCase, BenchmarkMedia warmUp, BenchmarkMedia target, CancellationToken ct)
    {
        var clock = Stopwatch.StartNew();
        await LoadModelsAsync(benchmarkCase, ct);
        var load = clock.Elapsed.TotalSeconds;
        var first = await RunOnceAsync(benchmarkCase, warmUp, ct);
        var measured = await RunOnceAsync(benchmarkCase, target, ct);
        using var self = Process.GetCurrentProcess();
        self.Refresh();
        return measured with
        {
            ModelLoadSeconds = load,
            FirstRunSeconds = first.Seconds,
            FirstRunMediaSeconds = first.MediaSeconds,
            PeakWorkingSetBytes = self.PeakWorkingSet64,
        };
    }

    /// <summary>
    /// Loads what the case uses, as the first request would: the ONNX sessions, and PocketSphinx's decoder (created on its
    /// first decode, so it decodes 0.1 s of silence here).
    /// </summary>
    private async Task LoadModelsAsync(BenchmarkCase benchmarkCase, CancellationToken ct)
    {
        if (benchmarkCase is BenchmarkCase.PocketSphinxDecoder)
        {
            await sphinx.Value.TranscribeAsync(new float[WavReader.SampleRate / 10], ct);
        }

        if (benchmarkCase is BenchmarkCase.Speech or BenchmarkCase.Whole)
        {
            _ = engines.Vad;
            await engines.SelectSpeechToText().TranscribeAsync(new float[WavReader.SampleRate / 10], ct);
        }

        if (benchmarkCase is BenchmarkCase.VisionFiveFps or BenchmarkCase.VisionEveryFrame or BenchmarkCase.Whole)
        {
            var options = new VisionOptions();
            _ = engines.Vision.Detector(options.Detector);
            _ = engines.Vision.LandmarkModels(options.Landmarks);
            _ = engines.Vision.Expressions;
        }
    }

    private Task<CaseMeasurement> RunOnceAsync(BenchmarkCase benchmarkCase, BenchmarkMedia media, CancellationToken ct) => benchmarkCase switch
    {
        BenchmarkCase.Speech => SpeechAsync(media, ct),
        BenchmarkCase.VisionFiveFps => Task.FromResult(Vision(media, new FrameSamplingRate(5), ct)),
        BenchmarkCase.VisionEveryFrame => Task.FromResult(Vision(media, FrameSamplingRate.EveryFrame, ct)),
        BenchmarkCase.Whole => WholeAsync(media, ct),
        BenchmarkCase.PocketSphinxDecoder => DecoderAsync(media, ct),
        _ => throw new ArgumentOutOfRangeException(nameof(benchmarkCase), benchmarkCase, "Unknown benchmark case."),
    };

    private async Task<CaseMeasurement> SpeechAsync(BenchmarkMedia media, CancellationToken ct)
    {
        var clock = Stopwatch.StartNew();
        var samples = WavReader.Read(media.WavPath);
        var readSeconds = clock.Elapsed.TotalSeconds;
        var spans = Answers(media);
        var analysis = await new SpeechAnalyzer(engines.Vad, engines.SelectSpeechToText()).AnalyzeAsync(samples, spans, ct);
        var seconds = clock.Elapsed.TotalSeconds;
        var stages = new Dictionary<string, double>(analysis.Timings.Stages, StringComparer.Ordinal) { ["wav read"] = readSeconds };
        return Measurement(BenchmarkCase.Speech, analysis.Engine, seconds, analysis.DurationSeconds) with
        {
            StageSeconds = stages,
            WordCount = analysis.Speech.WordCount,
        };
    }

    private CaseMeasurement Vision(BenchmarkMedia media, FrameSamplingRate rate, CancellationToken ct)
    {
        var options = new VisionOptions { SamplingRate = rate, ExpressionsEnabled = true };
        var spans = Answers(media);
        var clock = Stopwatch.StartNew();
        var result = new VisionAnalyzer(engines.Vision).Analyze(media.VideoPath, options, spans, null, ct);
        var seconds = clock.Elapsed.TotalSeconds;
        var benchmarkCase = rate.IsEveryFrame ? BenchmarkCase.VisionEveryFrame : BenchmarkCase.VisionFiveFps;
        return Measurement(benchmarkCase, result.Engine, seconds, result.Timings.MediaSeconds) with
        {
            MillisecondsPerFrame = result.Timings.MillisecondsPerFrame,
            FramesAnalysed = result.Timings.FramesSampled,
        };
    }

    private async Task<CaseMeasurement> WholeAsync(BenchmarkMedia media, CancellationToken ct)
    {
        var input = new AnalysisInput
        {
            VideoPath = media.VideoPath,
            WavPath = media.WavPath,
            DurationSeconds = media.DurationSeconds,
            Answers = [.. Answers(media).Select(a => new AnswerInput(a.Id, $"Question {a.Id}", a.Start, null))],
        };
        var clock = Stopwatch.StartNew();
        var result = await new RecordingAnalyzer(engines).AnalyzeAsync(input, (_, _) => Task.CompletedTask, ct);
        var seconds = clock.Elapsed.TotalSeconds;
        var engine = $"{result.Engines.Speech} + {result.Engines.Vision}";
        return Measurement(BenchmarkCase.Whole, engine, seconds, result.DurationSeconds) with
        {
            StageSeconds = result.Timings.Stages.Where(s => s.Key != "total").ToDictionary(s => s.Key, s => s.Value, StringComparer.Ordinal),
            WordCount = result.Speech?.WordCount ?? 0,
        };
    }

    private async Task<CaseMeasurement> DecoderAsync(BenchmarkMedia media, CancellationToken ct)
    {
        var decoder = sphinx.Value;
        var clock = Stopwatch.StartNew();
        var samples = WavReader.Read(media.WavPath);
        var transcript = await decoder.TranscribeAsync(samples, ct);
        var seconds = clock.Elapsed.TotalSeconds;
        return Measurement(BenchmarkCase.PocketSphinxDecoder, decoder.Engine, seconds, samples.Length / (double)WavReader.SampleRate) with
        {
            WordCount = transcript.Words.Count,
        };
    }

    /// <summary>An interview has answers: one per minute (two halves for a recording of a minute or less), as the job gets them.</summary>
    internal static IReadOnlyList<RecordingSpan> Answers(BenchmarkMedia media)
    {
        var length = media.DurationSeconds <= 60 ? media.DurationSeconds / 2 : 60;
        var count = (int)Math.Ceiling(media.DurationSeconds / length);
        return [.. Enumerable.Range(0, count).Select(i => new RecordingSpan($"a{i + 1}", i * length, Math.Min(media.DurationSeconds, (i + 1) * length)))];
    }

    private static CaseMeasurement Measurement(BenchmarkCase benchmarkCase, string engine, double seconds, double mediaSeconds) =>
        new(BenchmarkCases.Name(benchmarkCase), engine, 0, 0, 0, seconds, mediaSeconds,
            new Dictionary<string, double>(StringComparer.Ordinal), new Dictionary<string, double>(StringComparer.Ordinal), 0, 0, 0);
}
