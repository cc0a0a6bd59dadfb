using InterviewInsight.Modules.Live.Contracts;
using InterviewInsight.Modules.Live.Questions;

namespace InterviewInsight.Tests.Modules.Live.QuestionSets;

public sealed class QuestionSetPlanTests
{
    private readonly QuestionPlanner planner = new(QuestionBank.Shared);

    [Fact]
    public void Given_a_set_with_typed_and_bank_questions_When_planned_Then_its_questions_come_in_its_order_up_to_the_count()
    {
        // Arrange
        var bankQuestion = QuestionBank.Shared.Questions.First(q => q.Kind == QuestionKind.Technical);
        var set = new QuestionSetDetails(Guid.NewGuid(), "coach", "Acme posting",
        [
            new QuestionSetQuestion("How would you design Acme's ledger?", SetQuestionKind.Technical),
            new QuestionSetQuestion(bankQuestion.Text, SetQuestionKind.Technical, bankQuestion.Id),
            new QuestionSetQuestion("Tell me about a time you disagreed with a manager.", SetQuestionKind.Behavioural),
        ], DateTime.UtcNow, DateTime.UtcNow, []);

        // Act
        var two = planner.PlanFromSet(set, 2);
        var more = planner.PlanFromSet(set, 10);

        // Assert
        two.Questions.Select(q => q.Text).ShouldBe(["How would you design Acme's ledger?", bankQuestion.Text]);
        two.Questions[0].BankId.ShouldBeNull("a typed question has no bank id and is asked by its text");
        two.Questions[0].Kind.ShouldBe(QuestionKind.Technical);
        two.Questions[1].BankId.ShouldBe(bankQuestion.Id, "a bank question keeps its follow-ups");
        two.Notes.ShouldContain(n => n.Contains("Acme posting", StringComparison.Ordinal));
        more.Questions.Count.ShouldBe(3);
        more.Questions[2].Kind.ShouldBe(QuestionKind.Behavioural);
        more.Notes.ShouldContain(n => n.Contains("fewer than the 10", StringComparison.Ordinal));
    }
}
