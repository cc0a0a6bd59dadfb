using Bunit;
using InterviewInsight.Modules.Progress.Compare;
using InterviewInsight.Modules.Progress.Trends;
using MudBlazor.Services;

namespace InterviewInsight.Tests.Modules.Progress;

public sealed class CompareViewTests : BunitContext, IAsyncLifetime
{
    public CompareViewTests()
    {
        JSInterop.Mode = JSRuntimeMode.Loose;
        Services.AddMudServices();
    }

    public Task InitializeAsync() => Task.CompletedTask;

    Task IAsyncLifetime.DisposeAsync() => DisposeAsync().AsTask();

    [Fact]
    public void Given_two_attempts_When_the_compare_view_renders_Then_both_side_by_side_with_replays_from_their_answers_and_what_changed()
    {
        // Arrange: an upload answered at 4-49 s, a retake answered at 2.5-82.5 s of its own session
        var earlier = new QuestionAttempt(Guid.NewGuid(), Guid.NewGuid(), new DateTime(2026, 12, 1, 10, 0, 0, DateTimeKind.Utc),
            58, 60, 55, 70, 168, 6, 45, 0.5, 0.55, null, 4, 49, 126, 9, 6.2, 0.62);
        var later = earlier with
        {
            SessionId = Guid.NewGuid(), AnswerId = Guid.NewGuid(), RetakeOfAnswerId = earlier.AnswerId, AnsweredAt = earlier.AnsweredAt.AddDays(1),
            Overall = 71, WordsPerMinute = 142, FillerCount = 3, Start = 2.5, End = 82.5, DurationSeconds = 80,
        };
        var comparison = new AttemptComparison(
            new ComparedAttempt(earlier, "Tell me about yourself", "so um I work on payments", [], $"/api/sessions/{earlier.SessionId}/media#t=4,49", true),
            new ComparedAttempt(later, "Tell me about yourself", "I lead the payments team", ["Clear result (judged by rules)", "result: 4/5, “we cut refunds by half”"],
                $"/api/sessions/{later.SessionId}/media#t=2.5,82.5", false),
            AttemptChanges.Between(earlier, later));

        // Act
        var cut = Render<AttemptComparisonView>(p => p.Add(c => c.Comparison, comparison));

        // Assert
        var changed = cut.FindAll("#what-changed li").Select(li => li.TextContent.Trim()).ToList();
        changed.ShouldContain("Pace 168 → 142 wpm, now inside the band (120-165 wpm) (better)");
        changed.ShouldContain("Fillers 9 → 3 (better)");
        cut.Find("#attempt-a video").GetAttribute("src").ShouldBe($"/api/sessions/{earlier.SessionId}/media#t=4,49");
        cut.Find("#attempt-b audio").GetAttribute("src").ShouldBe($"/api/sessions/{later.SessionId}/media#t=2.5,82.5");
        cut.Find("#attempt-a [data-transcript]").TextContent.ShouldBe("so um I work on payments");
        cut.Find("#attempt-b [data-transcript]").TextContent.ShouldBe("I lead the payments team");
        cut.FindAll("#attempt-a [data-judge-notes]").ShouldBeEmpty();
        cut.Find("#attempt-b [data-judge-notes]").TextContent.ShouldContain("“we cut refunds by half”");
        cut.Find("#attempt-a").TextContent.ShouldContain("168 wpm");
        cut.Find("#attempt-b").TextContent.ShouldContain("142 wpm");
    }
}
