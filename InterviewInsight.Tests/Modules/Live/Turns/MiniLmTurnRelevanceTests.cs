using System.Globalization;
using InterviewInsight.Modules.Live.Questions;
using InterviewInsight.Modules.Live.Turns;
using InterviewInsight.Tests.Engines.Content;
using Microsoft.Extensions.Logging.Abstractions;
using Xunit.Abstractions;
using static InterviewInsight.Tests.Modules.Live.Turns.TurnTestData;

namespace InterviewInsight.Tests.Modules.Live.Turns;

/// <summary>The interviewer's off-topic rule with the MiniLM cosine (TurnRelevance), on the hand-written answers and real speech.</summary>
public sealed class MiniLmTurnRelevanceTests(ITestOutputHelper output)
{
    private static readonly Lazy<RuleBasedTurnDecider> Decider = new(() => new RuleBasedTurnDecider(TurnRelevance.WithMiniLm(ContentTestModels.MiniLm())));

    /// <summary>Each hand-written answer with the question it answers (on-topic) or does not (the holiday story).</summary>
    public static TheoryData<string, string, bool> Answers { get; } = new()
    {
        { ConflictQuestionId, CompleteStar, true },
        { ConflictQuestionId, NoResult, true },
        { ConflictQuestionId, Hypothetical, true },
        { ConflictQuestionId, Vague, true },
        { "beh-failure-01", FailureStory, true },
        { "beh-customer-02", AngryGuestStory, true },
        { ProductionBugQuestionId, TechnicalComplete, true },
        { ProductionBugQuestionId, TechnicalGeneral, true },
        { ProductionBugQuestionId, TechnicalThin, true },
        { ConflictQuestionId, Holiday, false },
        { "beh-customer-02", Holiday, false },
        { "beh-failure-01", Holiday, false },
        { "beh-teamwork-01", Holiday, false },
        { ProductionBugQuestionId, Holiday, false },
    };

    [Theory]
    [MemberData(nameof(Answers))]
    public void Given_hand_written_answer_When_judged_with_minilm_Then_only_the_holiday_story_is_off_topic(string questionId, string answer, bool onTopic)
    {
        // Act
        var decision = Decider.Value.Decide(Context(questionId, answer, 40));

        // Assert
        if (onTopic)
        {
            decision.Rule.ShouldNotBe(TurnRules.OffTopic, decision.Reason);
        }
        else
        {
            decision.Rule.ShouldBe(TurnRules.OffTopic, decision.Reason);
            decision.Kind.ShouldBe(TurnKind.Clarification);
        }
    }

    [Fact]
    public void Given_real_speech_that_answers_no_interview_question_When_judged_with_minilm_Then_it_is_off_topic()
    {
        // Arrange: the three reference transcripts that the lexical rule also catches (ReferenceTranscriptTurnTests)
        var (smallTalk, seconds) = ReferenceTranscripts.Stm("audio/B_pyannote_sample.stm");
        var cases = new[]
        {
            Context("beh-teamwork-01", ReferenceTranscripts.Lrs2("video/A_lrs2_00016.txt"), 11.3),
            Context(ConflictQuestionId, ReferenceTranscripts.SpokenWozSpeaker("audio/B_spokenwoz_SNG0480_000-059.txt", "A"), 59.3),
            Context(ProductionBugQuestionId, smallTalk, seconds),
        };

        // Act
        var decisions = cases.Select(Decider.Value.Decide).ToList();
        foreach (var decision in decisions)
        {
            output.WriteLine(decision.Reason);
        }

        // Assert
        decisions.ShouldAllBe(d => d.Rule == TurnRules.OffTopic);
    }

    [Fact]
    public void Given_the_hand_written_answers_When_measuring_minilm_cosines_Then_the_threshold_separates_on_from_off_topic()
    {
        // Arrange: the calibration of TurnRelevance.MiniLmOffTopicBelow, printed for the record
        var miniLm = ContentTestModels.MiniLm();

        // Act
        var rows = Answers.Select(row => (Question: (string)row[0], Answer: (string)row[1], OnTopic: (bool)row[2]))
            .Select(r => (r.Question, Name: NameOf(r.Answer), r.OnTopic, Cosine: miniLm.Similarity(QuestionBank.Shared.Find(r.Question)!.Topic, r.Answer)))
            .ToList();
        foreach (var r in rows)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{r.Question,-16} {r.Name,-18} {(r.OnTopic ? "on " : "off")} {r.Cosine:0.000}"));
        }

        // Assert
        rows.Where(r => r.OnTopic).Min(r => r.Cosine).ShouldBeGreaterThan(TurnRelevance.MiniLmOffTopicBelow + 0.03);
        rows.Where(r => !r.OnTopic).Max(r => r.Cosine).ShouldBeLessThan(TurnRelevance.MiniLmOffTopicBelow - 0.03);
    }

    [Fact]
    public void Given_models_folder_without_minilm_When_building_the_rule_options_Then_the_lexical_rule_stays()
    {
        // Arrange
        var empty = Directory.CreateTempSubdirectory("ii-no-minilm-").FullName;

        // Act
        var options = TurnRelevance.Options(empty, NullLogger.Instance);

        // Assert
        options.ShouldBeSameAs(TurnRuleOptions.Default);
    }

    private static string NameOf(string answer) =>
        typeof(TurnTestData).GetFields().Single(f => f.IsLiteral && (string?)f.GetRawConstantValue() == answer).Name;
}
