using System.Diagnostics;
using System.Text.Json;
using System.Text.Json.Serialization;
using InterviewInsight.Modules.Analysis.Models;
using InterviewInsight.Modules.Analysis.Speech;
using InterviewInsight.Modules.Analysis.Speech.Audio;
using InterviewInsight.Modules.Analysis.Speech.Transcription;
using InterviewInsight.Modules.Analysis.Speech.Vad;
using InterviewInsight.Modules.Analysis.Vision;
using InterviewInsight.Modules.Analysis.Vision.Frames;

namespace InterviewInsight.Modules.Analysis.Headless;

/// <summary>
/// `analyze &lt;media&gt; [--questions file] [--json out]`: the speech and vision pipelines run headless on one recording,
/// with stage progress on the console and the result JSON (DESIGN.md section 4) written to a file.
/// Questions file: JSON array of {"id","question","start"} (seconds); each answer runs until the next question.
/// </summary>
internal sealed class AnalyzeCommand(string modelsPath, TextWriter output)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    };

    public sealed record QuestionMark(string Id, string Question, double Start);

    public async Task<int> RunAsync(string media, string? questionsFile, string? jsonOut, int videoFps, bool expressions, CancellationToken ct)
    {
        if (!File.Exists(media))
        {
            output.WriteLine($"No such file: {media}");
            return 2;
        }

        var total = Stopwatch.StartNew();
        var info = await MediaProbe.ProbeAsync(media, ct);
        if (!info.HasAudio && !info.HasVideo)
        {
            output.WriteLine("The file has neither audio nor video that ffprobe can read.");
            return 2;
        }

        var questions = questionsFile is null ? [] : JsonSerializer.Deserialize<List<QuestionMark>>(await File.ReadAllTextAsync(questionsFile, ct), Json) ?? [];
        var quality = new List<object>();
        SpeechAnalysis? speech = null;
        string? speechEngine = null;
        if (info.HasAudio)
        {
            output.WriteLine("[1/3] extracting audio (16 kHz mono)…");
            var wav = Path.Combine(Path.GetTempPath(), $"ii-analyze-{Guid.NewGuid():N}.wav");
            try
            {
                await MediaProbe.ExtractWavAsync(media, wav, ct);
                var samples = WavReader.Read(wav);
                var engines = new List<ISpeechToText>
                {
                    new WhisperOnnxSpeechToText(Path.Combine(modelsPath, "speech", "whisper-tiny.en")),
                    new PocketSphinxSpeechToText(),
                };
                var selection = SpeechToTextSelector.Select(engines);
                var stt = selection.SelectedOrThrow();
                speechEngine = stt.Engine;
                foreach (var skipped in selection.Skipped)
                {
                    output.WriteLine($"      speech engine {skipped.Engine} skipped: {skipped.Reason}");
                }

                output.WriteLine($"[2/3] speech: VAD, transcription ({stt.Engine}), prosody…");
                using var vad = new SileroVad(Path.Combine(modelsPath, "speech", "silero_vad_v6.onnx"));
                var spans = Spans(questions, samples.Length / 16000.0).Select(s => new SpeechSpan(s.Id, s.Start, s.End)).ToList();
                speech = await new SpeechAnalyzer(vad, stt).AnalyzeAsync(samples, spans, ct);
                quality.AddRange(speech.Quality);
            }
            finally
            {
                File.Delete(wav);
            }
        }
        else
        {
            quality.Add(new { modality = "audio", code = "no-audio", message = "The recording has no audio track: no speech analysis." });
        }

        VisionRecordingResult? vision = null;
        if (info.HasVideo)
        {
            output.WriteLine($"[3/3] vision at {videoFps} fps: faces, gaze, head pose{(expressions ? ", expressions" : "")}…");
            using var models = new VisionModels(modelsPath);
            var duration = info.DurationSeconds ?? speech?.DurationSeconds ?? 0;
            var spans = Spans(questions, duration).Select(s => new VisionSpan(s.Id, s.Start, s.End)).ToList();
            var speechSegments = speech?.SpeechSegments;
            vision = new VisionAnalyzer(models).Analyze(media, new VisionOptions
            {
                SamplingRate = FrameSamplingRate.Parse(videoFps.ToString(System.Globalization.CultureInfo.InvariantCulture)),
                ExpressionsEnabled = expressions,
            }, spans, speechSegments, ct);
            quality.AddRange(vision.Whole.Quality);
        }
        else
        {
            quality.Add(new { modality = "video", code = "no-video", message = "Audio-only recording: no presence analysis." });
        }

        total.Stop();
        var durationSeconds = speech?.DurationSeconds ?? vision?.Timings.MediaSeconds ?? info.DurationSeconds ?? 0;
        var result = new
        {
            schemaVersion = 1,
            durationSeconds,
            engines = new { speech = speechEngine, vision = vision?.Engine, content = (string?)null, judge = (string?)null },
            provenance = new { models = ModelHashes() },
            speech = speech?.Speech,
            vision = vision?.Whole,
            answers = Spans(questions, durationSeconds).Select(s => new
            {
                id = s.Id,
                question = s.Question,
                start = s.Start,
                end = s.End,
                speech = speech?.Spans.FirstOrDefault(x => x.Id == s.Id),
                vision = vision?.Spans.FirstOrDefault(x => x.Id == s.Id)?.Vision,
            }),
            timeline = new { stepSeconds = 1, speech = speech?.Timeline, vision = vision?.Whole },
            quality,
            timings = new
            {
                totalSeconds = Math.Round(total.Elapsed.TotalSeconds, 3),
                realTimeFactor = durationSeconds > 0 ? Math.Round(total.Elapsed.TotalSeconds / durationSeconds, 4) : 0,
                speech = speech?.Timings,
                vision = vision?.Timings,
            },
        };

        output.WriteLine($"Done in {total.Elapsed.TotalSeconds:F1} s for {durationSeconds:F1} s of media (real-time factor {result.timings.realTimeFactor}).");
        if (speech is not null)
        {
            output.WriteLine($"  speech: {speech.Speech.Transcript.Length} characters of transcript by {speech.Engine}");
        }

        if (vision is not null)
        {
            output.WriteLine($"  vision: face present {vision.Whole.FacePresentRatio:P0}, eye contact {vision.Whole.EyeContactRatio:P0}");
        }

        foreach (var flag in quality)
        {
            output.WriteLine($"  quality: {JsonSerializer.Serialize(flag, Json).ReplaceLineEndings(" ")}");
        }

        var json = JsonSerializer.Serialize(result, Json);
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

    private static IEnumerable<(string Id, string? Question, double Start, double End)> Spans(IReadOnlyList<QuestionMark> questions, double duration) =>
        questions.OrderBy(q => q.Start).Select((q, i) => (q.Id, (string?)q.Question, q.Start,
            i + 1 < questions.Count ? questions.OrderBy(x => x.Start).ElementAt(i + 1).Start : duration));

    private Dictionary<string, string?> ModelHashes()
    {
        var manifest = ModelManifest.Load(ModelManifest.DefaultPath);
        return manifest.Models.Where(m => !m.IsSystemFile && File.Exists(m.FullPath(modelsPath)))
            .ToDictionary(m => m.Name, m => m.Sha256);
    }
}
