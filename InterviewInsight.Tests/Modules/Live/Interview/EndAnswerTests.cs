using InterviewInsight.Modules.Live.Contracts;

namespace InterviewInsight.Tests.Modules.Live.Interview;

[Trait("Category", "Integration")]
public sealed class EndAnswerTests
{
    [Theory]
    [InlineData(12.0)] // "I'm done" pressed the moment the question was asked
    [InlineData(9.5)] // a clock that jumped back
    public async Task Given_an_answer_that_ends_no_later_than_it_starts_When_ended_Then_it_is_kept_empty_with_a_reason_and_the_next_question_follows(double endSeconds)
    {
        // Arrange
        using var arrange = new InterviewArrange();
        var sessionId = await arrange.NewLiveSessionAsync();
        var state = await arrange.Opening.OpenAsync("alice", sessionId);
        var answerId = await arrange.Asking.AskAsync("alice", sessionId, 12.0);

        // Act
        var next = await arrange.AnswerEnding.EndAsync("alice", sessionId, answerId, endSeconds, skipped: false);

        // Assert: the turn moves on to the second planned question, and the empty answer says why
        next.ShouldNotBeNull();
        next.Kind.ShouldBe(AnswerKind.Planned);
        next.Rule.ShouldBe("next.no-speech");
        next.Text.ShouldNotBe(state.Next!.Text);
        var answer = (await arrange.Live.GetRecordingAsync("alice", sessionId))!.Answers.Single();
        answer.Start.ShouldBe(12.0);
        answer.End.ShouldBe(12.0);
        answer.Transcript.ShouldBeNull();
        var stored = await arrange.Opening.OpenAsync("alice", sessionId);
        stored.PlannedAsked.ShouldBe(1);
    }

    [Fact]
    public async Task Given_the_last_question_answered_empty_When_ended_Then_the_interview_ends_without_a_crash()
    {
        // Arrange: a one-question plan
        using var arrange = new InterviewArrange();
        var sessionId = await arrange.NewLiveSessionAsync(setUp: InterviewArrange.SetUp with { QuestionCount = 1 });
        await arrange.Opening.OpenAsync("alice", sessionId);
        var answerId = await arrange.Asking.AskAsync("alice", sessionId, 4.0);

        // Act
        var next = await arrange.AnswerEnding.EndAsync("alice", sessionId, answerId, 4.0, skipped: false);

        // Assert
        next.ShouldBeNull();
        (await arrange.Asking.PendingAsync("alice", sessionId)).ShouldBeNull();
    }

    [Fact]
    public async Task Given_a_skipped_question_When_ended_Then_the_next_planned_question_is_pending_and_stored_with_the_rule()
    {
        // Arrange
        using var arrange = new InterviewArrange();
        var sessionId = await arrange.NewLiveSessionAsync();
        await arrange.Opening.OpenAsync("alice", sessionId);
        var answerId = await arrange.Asking.AskAsync("alice", sessionId, 3.0);

        // Act
        var next = await arrange.AnswerEnding.EndAsync("alice", sessionId, answerId, 20.0, skipped: true);

        // Assert: the pending turn survives a reload, and the skipped answer keeps its span
        next.ShouldNotBeNull();
        next.Rule.ShouldBe("next.skipped");
        (await arrange.Asking.PendingAsync("alice", sessionId))!.Value.Turn.ShouldBe(next);
        var answer = (await arrange.Live.GetRecordingAsync("alice", sessionId))!.Answers.Single();
        (answer.Start, answer.End).ShouldBe((3.0, (double?)20.0));
    }

    [Fact]
    public async Task Given_an_answer_ended_twice_When_the_second_end_arrives_Then_the_first_decision_stands()
    {
        // Arrange: the button and a long silence at once
        using var arrange = new InterviewArrange();
        var sessionId = await arrange.NewLiveSessionAsync();
        await arrange.Opening.OpenAsync("alice", sessionId);
        var answerId = await arrange.Asking.AskAsync("alice", sessionId, 3.0);
        var first = await arrange.AnswerEnding.EndAsync("alice", sessionId, answerId, 20.0, skipped: true);

        // Act
        var second = await arrange.AnswerEnding.EndAsync("alice", sessionId, answerId, 25.0, skipped: false);

        // Assert
        second.ShouldBe(first);
        (await arrange.Live.GetRecordingAsync("alice", sessionId))!.Answers.Single().End.ShouldBe(20.0);
    }

    [Fact]
    public async Task Given_an_answer_with_no_recording_yet_When_ended_Then_the_interviewer_moves_on_saying_it_could_not_hear_it()
    {
        // Arrange: nothing was uploaded, so there is nothing to transcribe
        using var arrange = new InterviewArrange();
        var sessionId = await arrange.NewLiveSessionAsync();
        await arrange.Opening.OpenAsync("alice", sessionId);
        var answerId = await arrange.Asking.AskAsync("alice", sessionId, 3.0);

        // Act
        var next = await arrange.AnswerEnding.EndAsync("alice", sessionId, answerId, 40.0, skipped: false);

        // Assert
        next.ShouldNotBeNull();
        next.Rule.ShouldBe("next.no-transcript");
        next.Kind.ShouldBe(AnswerKind.Planned);
    }

    [Fact]
    public async Task Given_another_owners_answer_When_ended_Then_it_is_not_found_and_nothing_changes()
    {
        // Arrange
        using var arrange = new InterviewArrange();
        var sessionId = await arrange.NewLiveSessionAsync();
        await arrange.Opening.OpenAsync("alice", sessionId);
        var answerId = await arrange.Asking.AskAsync("alice", sessionId, 3.0);

        // Act
        var act = () => arrange.AnswerEnding.EndAsync("mallory", sessionId, answerId, 40.0, skipped: true);

        // Assert
        await act.ShouldThrowAsync<KeyNotFoundException>();
        (await arrange.Live.GetRecordingAsync("alice", sessionId))!.Answers.Single().End.ShouldBeNull();
    }
}
