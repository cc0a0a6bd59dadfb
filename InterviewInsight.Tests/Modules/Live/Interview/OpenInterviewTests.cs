using InterviewInsight.Modules.Live.Contracts;

namespace InterviewInsight.Tests.Modules.Live.Interview;

[Trait("Category", "Integration")]
public sealed class OpenInterviewTests
{
    [Fact]
    public async Task Given_a_new_live_session_When_opened_twice_Then_the_plan_is_fixed_on_the_first_open_and_its_first_question_is_pending()
    {
        // Arrange
        using var arrange = new InterviewArrange();
        var sessionId = await arrange.NewLiveSessionAsync(setUp: InterviewArrange.SetUp with { QuestionCount = 3 });

        // Act
        var first = await arrange.Opening.OpenAsync("alice", sessionId);
        var reload = await arrange.Opening.OpenAsync("alice", sessionId);

        // Assert
        first.Ended.ShouldBeFalse();
        first.PlannedTotal.ShouldBe(3);
        first.PlannedAsked.ShouldBe(0);
        first.NextSegmentIndex.ShouldBe(0);
        first.Next.ShouldNotBeNull();
        first.Next.Rule.ShouldBe("plan.first");
        first.Next.Kind.ShouldBe(AnswerKind.Planned);
        reload.Next.ShouldBe(first.Next);
        reload.PlannedTotal.ShouldBe(3);
    }

    [Fact]
    public async Task Given_a_calibration_span_When_recorded_Then_the_recording_carries_it_for_the_gaze_baseline()
    {
        // Arrange
        using var arrange = new InterviewArrange();
        var sessionId = await arrange.NewLiveSessionAsync();
        await arrange.Opening.OpenAsync("alice", sessionId);

        // Act
        await arrange.Opening.CalibrateAsync("alice", sessionId, 0.4, 3.4);
        await arrange.Opening.CalibrateAsync("alice", sessionId, 5, 2); // reversed: ignored

        // Assert
        (await arrange.Live.GetRecordingAsync("alice", sessionId))!.Calibration.ShouldBe(new CalibrationSpan(0.4, 3.4));
    }

    [Fact]
    public async Task Given_another_owner_or_an_uploaded_recording_When_opened_Then_it_is_refused()
    {
        // Arrange
        using var arrange = new InterviewArrange();
        var live = await arrange.NewLiveSessionAsync();
        var upload = await arrange.Live.CreateSessionAsync("alice", SessionKind.Upload, InterviewArrange.SetUp);

        // Act
        var otherOwner = () => arrange.Opening.OpenAsync("mallory", live);
        var uploaded = () => arrange.Opening.OpenAsync("alice", upload);

        // Assert
        await otherOwner.ShouldThrowAsync<KeyNotFoundException>();
        await uploaded.ShouldThrowAsync<InvalidOperationException>();
    }
}
