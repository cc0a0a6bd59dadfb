using System.Text.Json;
using InterviewInsight.Modules.Engines.Pipeline;
using InterviewInsight.Modules.Engines.Results;
using InterviewInsight.Modules.Shared.Media;

namespace InterviewInsight.Modules.Analysis.Headless;

/// <summary>
/// `analyze &lt;media&gt; [--questions file] [--json out]`: the pipeline the background job runs, headless on one file,
/// with stage progress on the console and the result JSON (docs/architecture.md, "Result JSON") written to a file.
/// Questions file: JSON array of {"id","question","start"} (seconds); each answer runs until the next question.
/// </summary>
internal sealed class AnalyzeCommand(AnalysisEngines engines, TextWriter output)
{
    public sealed record QuestionMark(string Id, string Question, double Start);

    public async Task<int> RunAsync(string media, string? questionsFile, string? jsonOut, AnalysisSettings settings, CancellationToken ct)
    {
        if (!File.Exists(media))
        {
            output.WriteLine($"No such file: {media}");
            return 2;
        }

        var info = await MediaProbe.ProbeAsync(media, ct);
        if (!info.HasAudio && !info.HasVideo)
        {
            output.WriteLine("The file has neither audio nor video that ffprobe can read.");
            return 2;
        }

        var analyzer = new RecordingAnalyzer(engines);
        analyzer.ThrowIfNothingCanBeMeasured(settings, info.HasAudio, info.HasVideo, hasTranscript: false);
        var questions = questionsFile is null
            ? []
            : JsonSerializer.Deserialize<List<QuestionMark>>(await File.ReadAllTextAsync(questionsFile, ct), AnalysisJson.Options) ?? [];
        var wav = info.HasAudio ? Path.Combine(Path.GetTempPath(), $"ii-analyze-{Guid.NewGuid():N}.wav") : null;
        try
        {
            if (wav is not null)
            {
                output.WriteLine("Extracting audio (16 kHz mono)…");
                await MediaProbe.ExtractWavAsync(media, wav, ct);
            }

            var input = new AnalysisInput
            {
                VideoPath = info.HasVideo ? media : null,
                WavPath = wav,
                DurationSeconds = info.DurationSeconds,
                Answers = [.. questions.Select(q => new AnswerInput(q.Id, q.Question, q.Start, null))],
                Settings = settings,
            };
            var result = await analyzer.AnalyzeAsync(input, (stage, percent) =>
            {
                output.WriteLine($"[{percent,3:0}%] {stage}…");
                return Task.CompletedTask;
            }, ct);
            PrintSummary(result);
            var json = AnalysisJson.Serialize(result, indented: true);
            if (jsonOut is null)
            {
                output.WriteLine(json);
            }
            else
            {
                await File.WriteAllTextAsync(jsonOut, json, ct);
                output.WriteLine($"Result written to {jsonOut}");
            }

            return 0;
        }
        finally
        {
            if (wav is not null)
            {
                File.Delete(wav);
            }
        }
    }

    private void PrintSummary(AnalysisResult result)
    {
        output.WriteLine($"Done in {result.Timings.TotalSeconds:F1} s for {result.DurationSeconds:F1} s of media (real-time factor {result.Timings.RealTimeFactor}).");
        if (result.Speech is { } speech)
        {
            output.WriteLine($"  speech: {speech.WordCount} words by {result.Engines.Speech}, {speech.WordsPerMinute:F0} wpm, {speech.Fillers.Count} fillers");
        }

        if (result.Vision is { } vision)
        {
            output.WriteLine($"  vision: face present {vision.FacePresentRatio:P0}, eye contact {vision.EyeContactRatio:P0}");
        }

        foreach (var flag in result.Quality)
        {
            output.WriteLine($"  quality ({flag.Modality}, {flag.Code}): {flag.Message}");
        }
    }
}
