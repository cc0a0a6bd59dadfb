using System.Text.Json;
using InterviewInsight.Modules.Engines.Content;
using InterviewInsight.Modules.Engines.Content.Judging;
using InterviewInsight.Modules.Engines.Speech.Transcription;
using InterviewInsight.Modules.Tooling.Accuracy.Content;
using InterviewInsight.Tests.TestInfrastructure;

namespace InterviewInsight.Tests.Engines.Content;

/// <summary>The whole per-answer content analysis with the real GloVe table and VADER lexicon.</summary>
public sealed class ContentAnalyzerTests
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private static ContentAnalyzer Analyzer(IAnswerJudge? judge = null) => new(ContentTestModels.Glove(), ContentTestModels.Vader, judge);

    [Fact]
    public async Task Given_star_answer_and_off_topic_answer_When_analysing_Then_relevance_structure_and_specificity_separate_them()
    {
        // Arrange
        var analyzer = Analyzer();

        // Act
        var good = await analyzer.AnalyzeAsync(new AnswerContentRequest("q1", SampleAnswers.Question, SampleAnswers.Words(SampleAnswers.Star, 10), 10, 40), CancellationToken.None);
        var off = await analyzer.AnalyzeAsync(new AnswerContentRequest("q2", SampleAnswers.Question, SampleAnswers.Words(SampleAnswers.OffTopic, 50), 50, 60), CancellationToken.None);

        // Assert
        good.Relevance!.Value.ShouldBeGreaterThan(off.Relevance!.Value + 0.2);
        good.Relevance.BestSentenceIndex.ShouldNotBeNull();
        good.Star.ElementsShown.ShouldBe(4);
        off.Star.ElementsShown.ShouldBeLessThan(2);
        good.Specificity.Value.ShouldBeGreaterThan(off.Specificity.Value);
        good.Sentences.Count.ShouldBe(5);
        good.Sentences[0].Start.ShouldBe(10);
        good.Coherence!.PairCosines.Count.ShouldBe(4);
        good.TranscriptConfidence!.Value.ShouldBe(0.9, 1e-9);
        good.Length.Verdict.ShouldBe("short");
        good.Length.DurationSeconds.ShouldBe(30);
        good.JobDescription.ShouldBeNull();
        good.Engine.ShouldBe("glove-6b-100d-sif");
    }

    [Fact]
    public async Task Given_reference_words_with_times_but_no_confidence_When_analysing_Then_sentences_carry_word_times_and_confidence_is_null()
    {
        // Arrange: LRS2 label file, upper case, no punctuation; its score column is not a probability
        var timed = ReferenceTranscripts.ReadTimedWords(TestAssets.TestData("video/A_lrs2_00016.txt"));
        var words = timed.Select(w => new TranscriptWord(w.Word, w.Start, w.End, double.NaN)).ToList();

        // Act
        var content = await Analyzer().AnalyzeAsync(new AnswerContentRequest("a", null, words, 0, 11.3), CancellationToken.None);

        // Assert: the 1.6 s pause after SUPERMARKET splits the two sentences
        content.TranscriptConfidence.ShouldBeNull();
        content.Relevance.ShouldBeNull();
        content.Sentences.Select(s => (s.Start, s.End)).ShouldBe([(0.09, 5.52), (7.11, 11.24)]);
        content.Sentiment.Sentences.Select(s => (s.Start, s.End)).ShouldBe([(0.09, 5.52), (7.11, 11.24)]);
        content.Sentiment.Sentences[1].Compound.ShouldBeGreaterThan(0);
        content.Pronouns.I.ShouldBe(0);
        content.WordCount.ShouldBe(39);
    }

    [Fact]
    public async Task Given_same_request_When_analysing_twice_Then_json_is_identical_and_camel_case()
    {
        // Arrange
        var request = new AnswerContentRequest("q1", SampleAnswers.Question, SampleAnswers.Words(SampleAnswers.Star), 0, 75, "Build engineer: CI pipelines, Docker, test automation, release deadlines.");

        // Act
        var first = JsonSerializer.Serialize(await Analyzer(new RuleBasedJudge()).AnalyzeAsync(request, CancellationToken.None), Json);
        var second = JsonSerializer.Serialize(await Analyzer(new RuleBasedJudge()).AnalyzeAsync(request, CancellationToken.None), Json);

        // Assert
        second.ShouldBe(first);
        first.ShouldContain("\"transcriptConfidence\":");
        first.ShouldContain("\"star\":{\"situation\":");
        first.ShouldContain("\"wordCount\":");
        first.ShouldContain("\"judge\":{\"engine\":\"rule-based\"");
        first.ShouldContain("\"jobDescription\":{\"terms\":");
        first.ShouldContain("\"verdict\":\"withinTarget\"");
    }
}
