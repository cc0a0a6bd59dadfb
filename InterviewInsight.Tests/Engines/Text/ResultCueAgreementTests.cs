using InterviewInsight.Modules.Engines.Content.Structure;
using InterviewInsight.Modules.Engines.Content.Text;
using InterviewInsight.Modules.Live.Turns;
using InterviewInsight.Tests.Engines.Content;
using InterviewInsight.Tests.Engines.Speech.Words;
using InterviewInsight.Tests.Modules.Live.Turns;

namespace InterviewInsight.Tests.Engines.Text;

/// <summary>
/// The interviewer asks "what was the result?" exactly when the report's STAR analysis finds no result: both read the
/// same sentences through the same cues. Checked on the hand-written reference answers of the turn-rule and content
/// tests, as typed text, as a punctuating engine's words and as an unpunctuated engine's words with pauses.
/// </summary>
public sealed class ResultCueAgreementTests
{
    public static TheoryData<string, string, bool> ReferenceAnswers => new()
    {
        { nameof(TurnTestData.CompleteStar), TurnTestData.CompleteStar, true },
        { nameof(TurnTestData.NoResult), TurnTestData.NoResult, false },
        { nameof(TurnTestData.Hypothetical), TurnTestData.Hypothetical, false },
        { nameof(TurnTestData.Vague), TurnTestData.Vague, true },
        { nameof(TurnTestData.Holiday), TurnTestData.Holiday, false },
        { nameof(TurnTestData.Short), TurnTestData.Short, true },
        { nameof(TurnTestData.TechnicalComplete), TurnTestData.TechnicalComplete, true },
        { nameof(TurnTestData.TechnicalGeneral), TurnTestData.TechnicalGeneral, false },
        { nameof(TurnTestData.FailureStory), TurnTestData.FailureStory, true },
        { nameof(TurnTestData.AngryGuestStory), TurnTestData.AngryGuestStory, true },
        { "SampleStar", SampleAnswers.Star, true },
        { "SampleVague", SampleAnswers.Vague, false },
        { "SampleOffTopic", SampleAnswers.OffTopic, false },
    };

    [Theory]
    [MemberData(nameof(ReferenceAnswers))]
    public void Given_reference_answer_When_the_interviewer_and_the_star_analysis_read_it_Then_they_agree_on_its_result(string name, string text, bool hasResult)
    {
        // Arrange
        var words = TranscriptBuilder.Words(text);

        // Act
        var interviewerTyped = AnswerCues.HasResult(SaidSoFar.From(text, 60));
        var interviewerHeard = AnswerCues.HasResult(SaidSoFar.From(words, 60));
        var star = StarDetector.Detect(AnswerText.From(words)).Result.Shown;

        // Assert
        star.ShouldBe(hasResult, name);
        interviewerHeard.ShouldBe(star, name);
        interviewerTyped.ShouldBe(star, name);
    }

    [Theory]
    [MemberData(nameof(ReferenceAnswers))]
    public void Given_reference_answer_from_an_engine_that_does_not_punctuate_When_both_read_it_Then_they_agree(string name, string text, bool hasResult)
    {
        // Arrange: lower case, no punctuation, a 1 s pause where a sentence ended (PocketSphinx-style)
        var unpunctuated = string.Join(
            " | ",
            text.Split(". ", StringSplitOptions.RemoveEmptyEntries).Select(s => new string(s.ToLowerInvariant().Where(c => char.IsLetterOrDigit(c) || c is ' ' or '\'').ToArray())));
        var words = TranscriptBuilder.Words(unpunctuated);

        // Act
        var interviewer = AnswerCues.HasResult(SaidSoFar.From(words, 60));
        var star = StarDetector.Detect(AnswerText.From(words)).Result.Shown;

        // Assert
        interviewer.ShouldBe(star, name);
        star.ShouldBe(hasResult, name);
    }
}
