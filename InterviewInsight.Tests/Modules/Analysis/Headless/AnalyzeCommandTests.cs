using System.Text.Json;
using InterviewInsight.Modules.Analysis.Headless;
using InterviewInsight.Modules.Engines.Pipeline;
using InterviewInsight.Tests.TestInfrastructure;
using InterviewInsight.Modules.Shared.Ai;
using Microsoft.Extensions.Logging.Abstractions;

namespace InterviewInsight.Tests.Modules.Analysis.Headless;

[Trait("Category", "Integration")]
public sealed class AnalyzeCommandTests
{
    // The command reads models from a Models:Path layout (speech/, vision/); the shared folder has that layout.
    private static string ModelsPath => TestAssets.ModelsDir;

    private static AnalyzeCommand Command(TextWriter log) =>
        new(new AnalysisEngines(ModelsPath, new AiOptions(), null, NullLogger<AnalysisEngines>.Instance), log);

    [Fact]
    public async Task Given_talking_face_clip_with_two_questions_When_analyzed_Then_json_has_speech_vision_and_both_answers()
    {
        // Arrange
        var media = TestAssets.TestData("video/A_lrs2_00016.mp4");
        var questions = Path.GetTempFileName();
        await File.WriteAllTextAsync(questions, """[{"id":"q1","question":"Tell me about yourself","start":0},{"id":"q2","question":"Why this role?","start":5}]""");
        var json = Path.GetTempFileName();
        var log = new StringWriter();

        // Act
        var exit = await Command(log).RunAsync(media, questions, json, new AnalysisSettings(), CancellationToken.None);

        // Assert
        exit.ShouldBe(0, log.ToString());
        using var doc = JsonDocument.Parse(await File.ReadAllTextAsync(json));
        var root = doc.RootElement;
        root.GetProperty("durationSeconds").GetDouble().ShouldBeInRange(10, 12);
        root.GetProperty("engines").GetProperty("speech").GetString()!.ShouldContain("pocketsphinx");
        root.GetProperty("speech").GetProperty("transcript").GetString()!.Length.ShouldBeGreaterThan(20);
        root.GetProperty("vision").GetProperty("facePresentRatio").GetDouble().ShouldBeGreaterThan(0.9);
        var answers = root.GetProperty("answers").EnumerateArray().ToList();
        answers.Count.ShouldBe(2);
        answers[1].GetProperty("start").GetDouble().ShouldBe(5);
        answers[1].GetProperty("vision").ValueKind.ShouldBe(JsonValueKind.Object);
        root.GetProperty("provenance").GetProperty("models").GetProperty("silero-vad-v6").GetString()!.ShouldStartWith("1a153a22");
        log.ToString().ShouldContain(RecordingAnalyzer.VisionStage);
    }

    [Fact]
    public async Task Given_audio_only_recording_When_analyzed_Then_speech_is_complete_and_vision_is_absent_with_a_reason()
    {
        var json = Path.GetTempFileName();
        var exit = await Command(new StringWriter()).RunAsync(TestAssets.TestData("audio/B_jfk.wav"), null, json, new AnalysisSettings(), CancellationToken.None);

        exit.ShouldBe(0);
        using var doc = JsonDocument.Parse(await File.ReadAllTextAsync(json));
        doc.RootElement.GetProperty("vision").ValueKind.ShouldBe(JsonValueKind.Null);
        doc.RootElement.GetProperty("speech").GetProperty("transcript").GetString()!.ShouldContain("country");
        doc.RootElement.GetProperty("quality").EnumerateArray().ShouldContain(q => q.GetProperty("code").GetString() == "no-video");
    }

    [Fact]
    public async Task Given_truncated_file_When_analyzed_Then_clear_error_and_no_result()
    {
        // Arrange: the first 2 KB of a real mp4 (its moov atom is lost)
        var broken = Path.Combine(Path.GetTempPath(), $"broken-{Guid.NewGuid():N}.mp4");
        var bytes = await File.ReadAllBytesAsync(TestAssets.TestData("video/A_lrs2_00016.mp4"));
        await File.WriteAllBytesAsync(broken, bytes[..2048]);
        var json = Path.Combine(Path.GetTempPath(), $"out-{Guid.NewGuid():N}.json");

        // Act
        var error = await Should.ThrowAsync<InvalidDataException>(() =>
            Command(new StringWriter()).RunAsync(broken, null, json, new AnalysisSettings(), CancellationToken.None));

        // Assert
        error.Message.ShouldContain("could not read the file");
        File.Exists(json).ShouldBeFalse();
    }
}
