using InterviewInsight.Modules.Live.Contracts;

namespace InterviewInsight.Tests.Modules.Live.Interview;

[Trait("Category", "Integration")]
public sealed class EndInterviewTests
{
    [Fact]
    public async Task Given_an_interview_ended_early_When_ended_Then_the_open_answer_closes_there_and_analysis_is_told_once()
    {
        // Arrange: the candidate ends the interview in the middle of the first answer
        using var arrange = new InterviewArrange();
        var sessionId = await arrange.NewLiveSessionAsync();
        await arrange.Opening.OpenAsync("alice", sessionId);
        await arrange.Asking.AskAsync("alice", sessionId, 3.0);

        // Act
        await arrange.Ending.EndAsync("alice", sessionId, 21.0);
        await arrange.Ending.EndAsync("alice", sessionId, 40.0); // a retried request

        // Assert
        var answer = (await arrange.Live.GetRecordingAsync("alice", sessionId))!.Answers.Single();
        answer.End.ShouldBe(21.0);
        (await arrange.Live.ListSessionsAsync("alice")).Single().Status.ShouldBe(SessionStatus.Ended);
        (await arrange.Asking.PendingAsync("alice", sessionId)).ShouldBeNull();
        (await arrange.Opening.OpenAsync("alice", sessionId)).Ended.ShouldBeTrue();
        (await arrange.OutboxTypesAsync()).Count(t => t.Contains(nameof(SessionEnded), StringComparison.Ordinal)).ShouldBe(1);
    }

    [Fact]
    public async Task Given_another_owners_interview_When_ended_Then_it_is_not_found_and_stays_open()
    {
        // Arrange
        using var arrange = new InterviewArrange();
        var sessionId = await arrange.NewLiveSessionAsync();
        await arrange.Opening.OpenAsync("alice", sessionId);

        // Act
        var act = () => arrange.Ending.EndAsync("mallory", sessionId, 10.0);

        // Assert
        await act.ShouldThrowAsync<KeyNotFoundException>();
        (await arrange.Live.ListSessionsAsync("alice")).Single().Status.ShouldNotBe(SessionStatus.Ended);
    }
}
