using InterviewInsight.Modules.Engines.Pipeline;
using InterviewInsight.Modules.Engines.Quality;
using InterviewInsight.Modules.Engines.Speech.Audio;
using InterviewInsight.Modules.Engines.Speech.Language;
using InterviewInsight.Modules.Shared.Ai;
using InterviewInsight.Modules.Tooling.Accuracy.Language;
using InterviewInsight.Tests.TestInfrastructure;
using Microsoft.Extensions.Logging.Abstractions;

namespace InterviewInsight.Tests.Engines.Pipeline;

/// <summary>
/// English only for now: a recording in another language gets the not-english notice and no transcript-based scores,
/// while the voice measures that need no words stay; a real English recording is not touched.
/// </summary>
[Trait("Category", "Integration")]
public sealed class NotEnglishRecordingTests
{
    private const string Question = "Tell me about a time you led a team.";

    [Fact]
    public async Task Given_a_German_answer_spoken_by_espeak_ng_When_analysed_Then_it_gets_the_notice_and_no_content_scores_but_keeps_pauses_and_pitch()
    {
        // Arrange: the German answer of the calibration set, synthesised now
        var (voice, text) = SynthesisedSpeech.Answers.Single(a => a.Voice == "de");
        var wav = Path.Combine(Path.GetTempPath(), $"ii-german-{Guid.NewGuid():N}.wav");
        await SynthesisedSpeech.WriteWavAsync(voice, text, wav, CancellationToken.None);
        using var engines = Engines();

        try
        {
            // Act
            var result = await new RecordingAnalyzer(engines).AnalyzeAsync(Input(wav), (_, _) => Task.CompletedTask, CancellationToken.None);

            // Assert
            result.Engines.Speech.ShouldNotBeNull().ShouldStartWith("pocketsphinx");
            var notice = result.Quality.Single(q => q.Code == QualityFlag.NotEnglish);
            notice.Message.ShouldBe("English only for now: this recording does not sound like English, so no transcript-based scores were given.");
            result.Answers.ShouldAllBe(a => a.Content == null);
            result.Engines.Content.ShouldBeNull();
            var scores = result.Scores.ShouldNotBeNull();
            scores.Content.ShouldBeNull();
            var delivery = scores.Delivery.ShouldNotBeNull();
            delivery.Components.Select(c => c.Id).ShouldBe(["score.delivery.pauses", "score.delivery.pitch-variation"], ignoreOrder: true);
            result.Segments.ShouldNotContain(s => s.Kind == "filler-cluster" || s.Kind == "fastest-stretch");
            var speech = result.Speech.ShouldNotBeNull();
            speech.Pitch.MedianHz.ShouldNotBeNull();
            speech.Energy.MeanDb.ShouldNotBeNull();
            speech.SpeakingSeconds.ShouldBeGreaterThan(10);
        }
        finally
        {
            File.Delete(wav);
        }
    }

    [Fact]
    public async Task Given_a_real_English_clip_long_enough_to_be_judged_When_analysed_Then_there_is_no_notice_and_content_is_scored()
    {
        // Arrange: a TV interview answer, 12 s with about 11 s of speech (the shared clip whose known-trigram share is lowest)
        using var engines = Engines();

        // Act
        var result = await new RecordingAnalyzer(engines).AnalyzeAsync(Input(TestAssets.TestData("video/A_vox_741400104.wav")), (_, _) => Task.CompletedTask, CancellationToken.None);

        // Assert
        result.Engines.Speech.ShouldNotBeNull().ShouldStartWith("pocketsphinx");
        result.Speech.ShouldNotBeNull().SpeakingSeconds.ShouldBeGreaterThanOrEqualTo(NotEnglishCheck.MinVoicedSeconds);
        result.Quality.ShouldNotContain(q => q.Code == QualityFlag.NotEnglish);
        result.Answers.ShouldContain(a => a.Content != null);
        result.Scores.ShouldNotBeNull().Content.ShouldNotBeNull();
        result.Scores.Delivery.ShouldNotBeNull().Components.Select(c => c.Id).ShouldContain("score.delivery.pace");
    }

    private static AnalysisEngines Engines() => new(TestAssets.ModelsDir, new AiOptions(), null, NullLogger<AnalysisEngines>.Instance);

    private static AnalysisInput Input(string wav) => new()
    {
        WavPath = wav,
        DurationSeconds = WavReader.Read(wav).Length / (double)WavReader.SampleRate,
        Answers = [new AnswerInput("q1", Question, 0, null)],
    };
}
