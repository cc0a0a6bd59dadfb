using InterviewInsight.Modules.Engines.Content.Structure;
using InterviewInsight.Modules.Engines.Content.Text;

namespace InterviewInsight.Tests.Engines.Content.Structure;

public sealed class StarDetectorTests
{
    [Fact]
    public void Given_full_star_answer_When_detecting_Then_all_four_elements_are_shown_with_their_sentences()
    {
        // Arrange
        var answer = AnswerText.From(SampleAnswers.Words(SampleAnswers.Star));

        // Act
        var star = StarDetector.Detect(answer);

        // Assert
        star.ElementsShown.ShouldBe(4);
        star.Coverage.ShouldBe(1);
        star.Situation.Sentences[0].Text.ShouldStartWith("Last year our team");
        star.Task.Sentences.Single().Text.ShouldStartWith("My task was");
        star.Action.Sentences.Select(s => s.Text).ShouldContain(t => t.StartsWith("I profiled", StringComparison.Ordinal));
        star.Result.Sentences.Single().Text.ShouldStartWith("As a result");
        star.Result.Sentences.Single().End.ShouldBeGreaterThan(star.Result.Sentences.Single().Start);
    }

    [Fact]
    public void Given_vague_answer_When_detecting_Then_no_situation_action_or_result_is_found()
    {
        // Act
        var star = StarDetector.Detect(AnswerText.From(SampleAnswers.Words(SampleAnswers.Vague)));

        // Assert
        star.Situation.Shown.ShouldBeFalse();
        star.Action.Shown.ShouldBeFalse();
        star.Result.Shown.ShouldBeFalse();
        star.Coverage.ShouldBeLessThanOrEqualTo(0.25);
    }

    [Fact]
    public void Given_unpunctuated_words_with_pauses_When_detecting_Then_sentence_roles_find_situation_and_result()
    {
        // Arrange: PocketSphinx-style lower case, sentences separated by 1 s pauses ("|")
        var words = SampleAnswers.Words("at the start the project was late and the client was unhappy | i rewrote the import job | it finished in ten minutes instead of three hours");

        // Act
        var star = StarDetector.Detect(AnswerText.From(words));

        // Assert
        star.Situation.Shown.ShouldBeTrue();
        star.Action.Shown.ShouldBeTrue();
        star.Result.Sentences.Single().Text.ShouldStartWith("it finished");
    }
}
