using System.Text.Json;
using InterviewInsight.Modules.Engines;
using InterviewInsight.Modules.Engines.Speech;
using InterviewInsight.Modules.Engines.Speech.Transcription;
using InterviewInsight.Modules.Engines.Speech.Vad;
using Xunit.Abstractions;

namespace InterviewInsight.Tests.Engines.Speech;

public sealed class SpeechAnalyzerTests(ITestOutputHelper output)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    [Fact]
    public async Task Given_the_jfk_clip_with_two_spans_When_analysing_Then_whole_and_span_metrics_are_consistent()
    {
        // Arrange
        using var vad = new SileroVad(SpeechTestAudio.VadModel);
        using var engine = new PocketSphinxSpeechToText();
        var analyzer = new SpeechAnalyzer(vad, engine);
        var samples = SpeechTestAudio.Load("B_jfk");
        RecordingSpan[] spans = [new("a1", 0, 5), new("a2", 5, 11)];

        // Act
        var result = await analyzer.AnalyzeAsync(samples, spans, CancellationToken.None);

        // Assert
        output.WriteLine(JsonSerializer.Serialize(result.Timings, Json));
        result.DurationSeconds.ShouldBe(11.0, 0.01);
        result.Engine.ShouldBe(engine.Engine);
        result.LowAccuracy.ShouldBeTrue();
        result.SpeechSegments.Count.ShouldBe(4);
        result.Speech.Pauses.Count.ShouldBe(3);
        result.Speech.Pauses.LongestSeconds.ShouldBe(1.0, 0.15);
        result.Speech.WordCount.ShouldBeInRange(18, 26);
        result.Speech.WordsPerMinute.ShouldBe(result.Speech.WordCount * 60 / 11.0, 1.0);
        result.Speech.WordsPerMinuteSpeaking.ShouldBeGreaterThan(result.Speech.WordsPerMinute);
        result.Speech.Pitch.MedianHz!.Value.ShouldBe(246, 20);
        result.Speech.Energy.MeanDb!.Value.ShouldBeInRange(-40, -10);
        result.Spans.Select(s => s.Id).ShouldBe(["a1", "a2"]);
        (result.Spans[0].Speech.WordCount + result.Spans[1].Speech.WordCount).ShouldBe(result.Speech.WordCount);
        result.Timeline.Series["wpm"].Length.ShouldBe(11);
        result.Timeline.Series["speech"].Sum()!.Value.ShouldBe(result.SpeechSegments.Sum(s => s.Duration), 0.01);
        result.Timeline.Series["pitchHz"].Count(v => v is not null).ShouldBeGreaterThan(5);
        result.Quality.Select(q => q.Code).ShouldContain("low_accuracy_engine");
        result.Timings.Stages.Keys.ShouldBe(["vad", "transcription", "prosody", "metrics"], ignoreOrder: true);
        result.Timings.RealTimeFactor.ShouldBeGreaterThan(0);
    }

    [Fact]
    public async Task Given_silence_When_analysing_Then_there_are_no_words_and_the_quality_gate_says_silent()
    {
        // Arrange
        using var vad = new SileroVad(SpeechTestAudio.VadModel);
        using var engine = new PocketSphinxSpeechToText();
        var analyzer = new SpeechAnalyzer(vad, engine);

        // Act
        var result = await analyzer.AnalyzeAsync(new float[16000 * 6], [new RecordingSpan("a1", 1, 6)], CancellationToken.None);

        // Assert
        result.Speech.Words.ShouldBeEmpty();
        result.Speech.Pauses.SilenceRatio.ShouldBe(1);
        result.Speech.Pitch.MedianHz.ShouldBeNull();
        result.Speech.Energy.MeanDb.ShouldBeNull();
        result.Quality.ShouldContain(q => q.Code == "silent" && q.Modality == "audio");
        result.Spans.Single().Speech.WordCount.ShouldBe(0);
    }

    [Fact]
    public async Task Given_the_same_recording_twice_When_analysing_Then_the_results_serialise_identically_apart_from_timings()
    {
        // Arrange
        using var vad = new SileroVad(SpeechTestAudio.VadModel);
        using var engine = new PocketSphinxSpeechToText();
        var analyzer = new SpeechAnalyzer(vad, engine);
        var samples = SpeechTestAudio.Load("B_librivox_ss01_0870");

        // Act
        var first = await analyzer.AnalyzeAsync(samples, null, CancellationToken.None);
        var second = await analyzer.AnalyzeAsync(samples, null, CancellationToken.None);

        // Assert
        var json = JsonSerializer.Serialize(first with { Timings = second.Timings }, Json);
        JsonSerializer.Serialize(second, Json).ShouldBe(json);
        json.ShouldContain("\"wordsPerMinute\":");
        json.ShouldContain("\"pauses\":{\"count\":");
        json.ShouldContain("\"longMidAnswer\":[]");
        json.ShouldContain("\"fillers\":{\"count\":");
        json.ShouldContain("\"per100Words\":");
        json.ShouldContain("\"pitch\":{\"medianHz\":");
        json.ShouldContain("\"variationSemitones\":");
        json.ShouldContain("\"words\":[{\"text\":");
    }

    [Fact]
    public async Task Given_an_unavailable_engine_When_analysing_Then_the_error_names_the_engine_and_reason()
    {
        // Arrange
        using var vad = new SileroVad(SpeechTestAudio.VadModel);
        using var engine = new PocketSphinxSpeechToText("/nonexistent/en-us");
        var analyzer = new SpeechAnalyzer(vad, engine);

        // Act
        var error = await Should.ThrowAsync<InvalidOperationException>(() => analyzer.AnalyzeAsync(new float[16000], null, CancellationToken.None));

        // Assert
        error.Message.ShouldContain(engine.Engine);
        error.Message.ShouldContain("/nonexistent/en-us");
    }
}
