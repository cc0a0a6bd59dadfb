using InterviewInsight.Modules.Live.Contracts;
using InterviewInsight.Modules.Live.Interview;
using InterviewInsight.Tests.TestInfrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace InterviewInsight.Tests.Modules.Live.Interview;

[Trait("Category", "Integration")]
public sealed class EmptyAnswerTests
{
    private static readonly SessionSetUp SetUp = new("Backend engineer", "Payments", Seniority.Mid, InterviewType.Behavioural, 2, null, false,
        new AnalysisConsent(true, false, false));

    [Theory]
    [InlineData(12.0)] // "I'm done" pressed the moment the question was asked
    [InlineData(9.5)] // a clock that jumped back
    public async Task Given_an_answer_that_ends_no_later_than_it_starts_When_ended_Then_it_is_kept_empty_with_a_reason_and_the_next_question_follows(double endSeconds)
    {
        // Arrange
        using var app = new AppFactory();
        var live = app.Services.GetRequiredService<ILiveApi>();
        var interviews = app.Services.GetRequiredService<LiveInterviewService>();
        var sessionId = await live.CreateSessionAsync("alice", SessionKind.Live, SetUp);
        var state = await interviews.OpenAsync("alice", sessionId);
        var answerId = await interviews.AskAsync("alice", sessionId, 12.0);

        // Act
        var next = await interviews.EndAnswerAsync("alice", sessionId, answerId, endSeconds, skipped: false);

        // Assert: the turn moves on to the second planned question, and the empty answer says why
        next.ShouldNotBeNull();
        next.Kind.ShouldBe(AnswerKind.Planned);
        next.Rule.ShouldBe("next.no-speech");
        next.Text.ShouldNotBe(state.Next!.Text);
        var answer = (await live.GetRecordingAsync("alice", sessionId))!.Answers.Single();
        answer.Start.ShouldBe(12.0);
        answer.End.ShouldBe(12.0);
        answer.Transcript.ShouldBeNull();
        var stored = await interviews.OpenAsync("alice", sessionId);
        stored.PlannedAsked.ShouldBe(1);
    }

    [Fact]
    public async Task Given_the_last_question_answered_empty_When_ended_Then_the_interview_ends_without_a_crash()
    {
        // Arrange: a one-question plan
        using var app = new AppFactory();
        var live = app.Services.GetRequiredService<ILiveApi>();
        var interviews = app.Services.GetRequiredService<LiveInterviewService>();
        var sessionId = await live.CreateSessionAsync("alice", SessionKind.Live, SetUp with { QuestionCount = 1 });
        await interviews.OpenAsync("alice", sessionId);
        var answerId = await interviews.AskAsync("alice", sessionId, 4.0);

        // Act
        var next = await interviews.EndAnswerAsync("alice", sessionId, answerId, 4.0, skipped: false);

        // Assert
        next.ShouldBeNull();
        (await interviews.GetPendingAsync("alice", sessionId)).ShouldBeNull();
    }
}
