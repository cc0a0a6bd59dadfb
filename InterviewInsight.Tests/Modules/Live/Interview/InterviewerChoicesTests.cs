namespace InterviewInsight.Tests.Modules.Live.Interview;

/// <summary>The interviewer's decision after each answer, as the dashboard reads it through the Live contract.</summary>
[Trait("Category", "Integration")]
public sealed class InterviewerChoicesTests
{
    [Fact]
    public async Task Given_a_skipped_answer_and_the_next_question_asked_When_choices_are_listed_Then_the_first_carries_the_decision_and_reason_and_nobody_else_sees_them()
    {
        // Arrange
        using var arrange = new InterviewArrange();
        var sessionId = await arrange.NewLiveSessionAsync();
        await arrange.Opening.OpenAsync("alice", sessionId);
        var first = await arrange.Asking.AskAsync("alice", sessionId, 3.0);
        var next = await arrange.AnswerEnding.EndAsync("alice", sessionId, first, 20.0, skipped: true);
        var second = await arrange.Asking.AskAsync("alice", sessionId, 22.0);

        // Act
        var choices = await arrange.Live.ListInterviewerChoicesAsync("alice", sessionId);
        var someoneElse = await arrange.Live.ListInterviewerChoicesAsync("bob", sessionId);

        // Assert
        choices.Select(c => c.AnswerId).ShouldBe([first, second]);
        choices[0].Rule.ShouldBe(next!.Rule);
        choices[0].Reason.ShouldNotBeNullOrWhiteSpace();
        choices[1].Rule.ShouldBeNull("the second answer has not ended, so nothing was decided after it yet");
        someoneElse.ShouldBeEmpty();
    }
}
