using InterviewInsight.Modules.Live.Contracts;

namespace InterviewInsight.Tests.Modules.Live.Interview;

[Trait("Category", "Integration")]
public sealed class AskQuestionTests
{
    [Fact]
    public async Task Given_the_pending_question_When_asked_Then_an_answer_span_starts_at_that_moment_with_the_question()
    {
        // Arrange
        using var arrange = new InterviewArrange();
        var sessionId = await arrange.NewLiveSessionAsync();
        var state = await arrange.Opening.OpenAsync("alice", sessionId);

        // Act
        var answerId = await arrange.Asking.AskAsync("alice", sessionId, 3.5);

        // Assert
        var answer = (await arrange.Live.GetRecordingAsync("alice", sessionId))!.Answers.Single();
        answer.Id.ShouldBe(answerId);
        answer.Start.ShouldBe(3.5);
        answer.End.ShouldBeNull();
        answer.Question.ShouldBe(state.Next!.Text);
        answer.QuestionId.ShouldBe(state.Next.QuestionId);
        answer.Kind.ShouldBe(AnswerKind.Planned);
        (await arrange.Live.ListSessionsAsync("alice")).Single().Status.ShouldBe(SessionStatus.InProgress);
    }

    [Fact]
    public async Task Given_a_question_asked_before_a_reload_When_asked_again_Then_the_same_answer_restarts()
    {
        // Arrange
        using var arrange = new InterviewArrange();
        var sessionId = await arrange.NewLiveSessionAsync();
        await arrange.Opening.OpenAsync("alice", sessionId);
        var before = await arrange.Asking.AskAsync("alice", sessionId, 3.5);

        // Act
        var after = await arrange.Asking.AskAsync("alice", sessionId, 30.0);

        // Assert
        after.ShouldBe(before);
        var answer = (await arrange.Live.GetRecordingAsync("alice", sessionId))!.Answers.Single();
        answer.Start.ShouldBe(30.0);
    }

    [Fact]
    public async Task Given_a_pending_turn_When_the_server_voice_asks_for_it_Then_it_gets_the_line_and_the_rate_only_for_the_owner()
    {
        // Arrange
        using var arrange = new InterviewArrange();
        var sessionId = await arrange.NewLiveSessionAsync(setUp: InterviewArrange.SetUp with { InterviewerRate = 1.2 });
        var state = await arrange.Opening.OpenAsync("alice", sessionId);

        // Act
        var owners = await arrange.Asking.PendingAsync("alice", sessionId);
        var others = await arrange.Asking.PendingAsync("mallory", sessionId);

        // Assert
        owners.ShouldNotBeNull();
        owners.Value.Turn.ShouldBe(state.Next);
        owners.Value.Rate.ShouldBe(1.2);
        others.ShouldBeNull();
    }
}
