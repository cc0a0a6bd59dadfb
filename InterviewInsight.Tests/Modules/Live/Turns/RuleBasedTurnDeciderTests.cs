using InterviewInsight.Modules.Engines.Text;
using InterviewInsight.Modules.Live.Questions;
using InterviewInsight.Modules.Live.Turns;
using static InterviewInsight.Tests.Modules.Live.Turns.TurnTestData;

namespace InterviewInsight.Tests.Modules.Live.Turns;

public sealed class RuleBasedTurnDeciderTests
{
    private readonly RuleBasedTurnDecider decider = new();

    [Theory]
    [InlineData(ConflictQuestionId, CompleteStar, 75, TurnRules.Complete, nameof(TurnKind.NextQuestion))]
    [InlineData(ConflictQuestionId, Short, 5, TurnRules.TooShort, nameof(TurnKind.Clarification))]
    [InlineData(ConflictQuestionId, Hypothetical, 25, TurnRules.NoExample, nameof(TurnKind.FollowUp))]
    [InlineData(ConflictQuestionId, NoResult, 35, TurnRules.NoResult, nameof(TurnKind.FollowUp))]
    [InlineData(ConflictQuestionId, Vague, 30, TurnRules.NoSpecifics, nameof(TurnKind.FollowUp))]
    [InlineData("beh-failure-01", FailureStory, 30, TurnRules.Complete, nameof(TurnKind.NextQuestion))]
    [InlineData("beh-customer-02", AngryGuestStory, 30, TurnRules.Complete, nameof(TurnKind.NextQuestion))]
    [InlineData("beh-customer-02", Holiday, 30, TurnRules.OffTopic, nameof(TurnKind.Clarification))]
    [InlineData(ProductionBugQuestionId, TechnicalComplete, 50, TurnRules.Complete, nameof(TurnKind.NextQuestion))]
    [InlineData(ProductionBugQuestionId, TechnicalGeneral, 30, TurnRules.NoExample, nameof(TurnKind.FollowUp))]
    [InlineData(ProductionBugQuestionId, TechnicalThin, 25, TurnRules.NoSpecifics, nameof(TurnKind.FollowUp))]
    [InlineData(ProductionBugQuestionId, Holiday, 30, TurnRules.OffTopic, nameof(TurnKind.Clarification))]
    public void Given_hand_written_answer_When_decided_Then_the_expected_rule_fires(string questionId, string answer, double seconds, string rule, string kind)
    {
        // Act
        var decision = decider.Decide(Context(questionId, answer, seconds));

        // Assert
        decision.Rule.ShouldBe(rule, decision.Reason);
        decision.Kind.ToString().ShouldBe(kind);
        decision.Engine.ShouldBe(TurnDecision.RulesEngine);
        decision.Reason.ShouldNotBeNullOrWhiteSpace();
        decision.Text.ShouldNotBeNullOrWhiteSpace();
    }

    [Fact]
    public void Given_story_without_result_When_decided_Then_the_questions_own_result_prompt_is_asked()
    {
        // Act
        var decision = decider.Decide(Context(ConflictQuestionId, NoResult, 35));

        // Assert
        var prompt = QuestionBank.Shared.Find(ConflictQuestionId)!.FollowUps.Single(f => f.Asks == FollowUpGap.Result);
        decision.Text.ShouldBe(prompt.Text);
    }

    [Fact]
    public void Given_complete_answer_When_decided_Then_the_next_planned_question_is_asked()
    {
        // Act
        var decision = decider.Decide(Context(ConflictQuestionId, CompleteStar, 75));

        // Assert
        decision.Next.ShouldBe(TwoRemaining[0]);
        decision.Text.ShouldEndWith(TwoRemaining[0].Text);
    }

    [Fact]
    public void Given_complete_answer_to_the_last_question_When_decided_Then_the_interview_ends()
    {
        // Act
        var decision = decider.Decide(Context(ConflictQuestionId, CompleteStar, 75, remaining: []));

        // Assert
        decision.Kind.ShouldBe(TurnKind.End);
        decision.Rule.ShouldBe(TurnRules.Complete);
        decision.Next.ShouldBeNull();
        decision.Text.ShouldBe(InterviewerLines.Closing);
    }

    [Fact]
    public void Given_many_words_spoken_in_a_few_seconds_When_decided_Then_the_answer_is_too_short()
    {
        // Act: a complete story "answered" in 6 s cannot be a real spoken answer
        var decision = decider.Decide(Context(ConflictQuestionId, CompleteStar, 6));

        // Assert
        decision.Rule.ShouldBe(TurnRules.TooShort);
        decision.Reason.ShouldContain("6 s");
    }

    [Fact]
    public void Given_follow_up_limit_reached_When_decided_Then_the_interviewer_moves_on_even_without_a_result()
    {
        // Act
        var decision = decider.Decide(Context(ConflictQuestionId, NoResult, 35, followUpsAsked: 2));

        // Assert
        decision.Rule.ShouldBe(TurnRules.FollowUpLimit);
        decision.Kind.ShouldBe(TurnKind.NextQuestion);
    }

    [Fact]
    public void Given_limit_of_one_follow_up_already_used_When_decided_Then_the_interviewer_moves_on()
    {
        // Act
        var decision = decider.Decide(Context(ConflictQuestionId, Vague, 30, followUpsAsked: 1) with { FollowUpLimit = 1 });

        // Assert
        decision.Rule.ShouldBe(TurnRules.FollowUpLimit);
    }

    [Fact]
    public void Given_result_was_already_asked_for_When_the_answer_still_lacks_it_Then_the_interviewer_does_not_ask_again()
    {
        // Act
        var decision = decider.Decide(Context(ConflictQuestionId, NoResult, 35, followUpsAsked: 1) with { EarlierRules = [TurnRules.NoResult] });

        // Assert
        decision.Rule.ShouldBe(TurnRules.AlreadyProbed);
        decision.Kind.ShouldBe(TurnKind.NextQuestion);
    }

    [Fact]
    public void Given_warm_up_opener_When_answered_briefly_or_fully_Then_only_the_length_rule_applies()
    {
        // Arrange
        const string fullAnswer =
            "I studied chemistry, then spent four years in a hospital laboratory before moving into data work. For the past two years " +
            "I have built reporting for a logistics company, and what I enjoy most is turning messy numbers into decisions people can use.";

        // Act
        var brief = decider.Decide(Context("open-intro-01", "I'm a data analyst.", 3));
        var full = decider.Decide(Context("open-intro-01", fullAnswer, 25));

        // Assert
        brief.Rule.ShouldBe(TurnRules.TooShort);
        full.Rule.ShouldBe(TurnRules.Complete);
    }

    [Fact]
    public void Given_injected_relevance_scorer_When_it_rates_an_answer_irrelevant_Then_the_off_topic_rule_uses_it()
    {
        // Arrange: e.g. a sentence-embedding cosine plugged in by the host
        var strict = new RuleBasedTurnDecider(TurnRuleOptions.Default with { Relevance = (_, _) => 0.2, OffTopicBelow = 0.5 });
        var lenient = new RuleBasedTurnDecider(TurnRuleOptions.Default with { Relevance = (_, _) => 0.9, OffTopicBelow = 0.5 });

        // Act
        var strictDecision = strict.Decide(Context(ConflictQuestionId, CompleteStar, 75));
        var lenientDecision = lenient.Decide(Context(ConflictQuestionId, Holiday, 30));

        // Assert
        strictDecision.Rule.ShouldBe(TurnRules.OffTopic);
        strictDecision.Reason.ShouldContain("0.20");
        lenientDecision.Rule.ShouldNotBe(TurnRules.OffTopic);
    }

    [Fact]
    public void Given_off_topic_answer_sharing_one_topic_word_by_chance_When_judged_lexically_Then_it_passes_as_the_documented_limit()
    {
        // Arrange: the holiday story mentions "views"; the conflict question lists "view" as a key term.
        // The default lexical measure only flags answers sharing no topic word, so that real stories told in their
        // own words are not sent back; an embedding scorer plugged into TurnRuleOptions.Relevance is the remedy.
        var relevance = LexicalRelevance.Score(QuestionBank.Shared.Find(ConflictQuestionId)!.Topic, Holiday);

        // Act
        var decision = decider.Decide(Context(ConflictQuestionId, Holiday, 30));

        // Assert
        relevance.ShouldBe(0.1, tolerance: 1e-9);
        decision.Rule.ShouldNotBe(TurnRules.OffTopic);
        decision.Rule.ShouldNotBe(TurnRules.Complete);
    }
}
