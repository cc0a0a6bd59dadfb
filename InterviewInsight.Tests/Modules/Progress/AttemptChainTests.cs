using InterviewInsight.Modules.Live.Contracts;
using InterviewInsight.Modules.Progress.Trends;

namespace InterviewInsight.Tests.Modules.Progress;

public sealed class AttemptChainTests
{
    private static AnswerSpan Answer(string? questionId, Guid? retakeOf = null, AnswerKind kind = AnswerKind.Planned) =>
        new(Guid.NewGuid(), 0, questionId, "Tell me about yourself", kind, 0, 10, null, retakeOf);

    [Fact]
    public void Given_an_uploaded_question_retaken_twice_When_any_attempt_is_asked_for_Then_the_whole_chain()
    {
        // Arrange: no bank id; the second retake retakes the first retake
        var upload = Answer(null);
        var first = Answer(null, upload.Id);
        var second = Answer(null, first.Id);
        var unrelated = Answer(null);
        AnswerSpan[] answers = [upload, first, second, unrelated];

        // Act + Assert
        foreach (var asked in new[] { upload, first, second })
        {
            AttemptChain.Find(asked.Id.ToString(), answers).ShouldBe([upload.Id, first.Id, second.Id], ignoreOrder: true);
        }
    }

    [Fact]
    public void Given_a_bank_question_with_a_follow_up_and_a_retake_of_it_When_asked_by_bank_id_Then_planned_answers_and_retakes_only()
    {
        var planned = Answer("b-01");
        var followUp = Answer("b-01", kind: AnswerKind.FollowUp);
        var elsewhere = Answer("b-01");
        var retakeOfFollowUp = Answer(null, followUp.Id);

        var found = AttemptChain.Find("b-01", [planned, followUp, elsewhere, retakeOfFollowUp]);

        found.ShouldBe([planned.Id, elsewhere.Id], ignoreOrder: true);
        AttemptChain.Find("no-such-question", [planned]).ShouldBeEmpty();
    }
}
