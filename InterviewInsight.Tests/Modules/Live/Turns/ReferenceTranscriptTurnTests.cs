using InterviewInsight.Modules.Live.Turns;
using static InterviewInsight.Tests.Modules.Live.Turns.TurnTestData;

namespace InterviewInsight.Tests.Modules.Live.Turns;

/// <summary>
/// Real recorded speech from the shared test data (MANIFEST.md) treated as if it were an interview answer.
/// None of it answers an interview question, so each must be caught as too short or off-topic, never accepted.
/// </summary>
public sealed class ReferenceTranscriptTurnTests
{
    private readonly RuleBasedTurnDecider decider = new();

    [Fact]
    public void Given_jfk_excerpt_of_eleven_seconds_When_judged_as_an_answer_Then_it_is_too_short()
    {
        // Arrange
        var text = ReferenceTranscripts.Plain("audio/B_jfk.txt");

        // Act
        var decision = decider.Decide(Context(ConflictQuestionId, text, 11.0));

        // Assert
        decision.Rule.ShouldBe(TurnRules.TooShort);
        decision.Kind.ShouldBe(TurnKind.Clarification);
    }

    [Fact]
    public void Given_audiobook_sentence_When_judged_as_an_answer_Then_it_is_too_short()
    {
        // Arrange
        var text = ReferenceTranscripts.Plain("audio/B_librivox_ss01_0870.txt");

        // Act
        var decision = decider.Decide(Context("beh-teamwork-01", text, 7.1));

        // Assert
        decision.Rule.ShouldBe(TurnRules.TooShort);
    }

    [Fact]
    public void Given_tv_interview_remark_of_eleven_seconds_When_judged_as_a_teamwork_answer_Then_it_is_off_topic()
    {
        // Arrange: 42 words about beer and breakfast
        var text = ReferenceTranscripts.Lrs2("video/A_lrs2_00016.txt");

        // Act
        var decision = decider.Decide(Context("beh-teamwork-01", text, 11.3));

        // Assert
        SaidSoFar.From(text, 11.3).WordCount.ShouldBeGreaterThanOrEqualTo(25);
        decision.Rule.ShouldBe(TurnRules.OffTopic);
    }

    [Fact]
    public void Given_restaurant_booking_call_When_the_callers_words_are_judged_as_a_conflict_answer_Then_they_are_off_topic()
    {
        // Arrange
        var text = ReferenceTranscripts.SpokenWozSpeaker("audio/B_spokenwoz_SNG0480_000-059.txt", "A");

        // Act
        var decision = decider.Decide(Context(ConflictQuestionId, text, 59.3));

        // Assert
        text.ShouldContain("restaurant");
        decision.Rule.ShouldBe(TurnRules.OffTopic);
        decision.Text.ShouldContain("disagreed with a colleague");
    }

    [Fact]
    public void Given_telephone_small_talk_When_judged_as_a_technical_answer_Then_it_is_off_topic()
    {
        // Arrange
        var (text, seconds) = ReferenceTranscripts.Stm("audio/B_pyannote_sample.stm");

        // Act
        var decision = decider.Decide(Context(ProductionBugQuestionId, text, seconds));

        // Assert
        seconds.ShouldBeGreaterThan(20);
        decision.Rule.ShouldBe(TurnRules.OffTopic);
    }
}
