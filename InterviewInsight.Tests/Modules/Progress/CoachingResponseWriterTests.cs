using InterviewInsight.Modules.Engines.Results;
using InterviewInsight.Modules.Progress.Reflections;
using InterviewInsight.Tests.TestInfrastructure;

namespace InterviewInsight.Tests.Modules.Progress;

/// <summary>The coaching response on a reference result (the golden analysis of a real clip).</summary>
public sealed class CoachingResponseWriterTests
{
    private static AnalysisResult Reference() => GoldenResult.Load();

    [Fact]
    public void Given_a_reflection_and_the_reference_result_When_written_Then_it_quotes_the_candidate_and_names_the_top_recommendation()
    {
        // Arrange
        var result = Reference();
        var topComponent = result.Recommendations[0].ComponentId;
        var componentName = result.Scores!.Content!.Components.Concat(result.Scores.Delivery!.Components).Concat(result.Scores.Presence!.Components)
            .Single(c => c.Id == topComponent).Name;

        // Act
        var (text, source) = CoachingResponseWriter.Write(
            new ReflectionText("I kept calm and gave a clear example", "I want to give a clearer structure with a result", "a bit nervous at first"),
            result);

        // Assert
        source.ShouldBe(CoachingResponseWriter.MeasuredResults);
        text.ShouldContain("“I kept calm and gave a clear example”");
        text.ShouldContain(componentName.ToLowerInvariant());
        text.ShouldContain(result.Recommendations[0].Text);
        text.ShouldContain("That matches what the recording shows");
        text.ShouldContain("“a bit nervous at first”");
    }

    [Fact]
    public void Given_a_plan_about_something_else_When_written_Then_it_points_to_the_measured_focus()
    {
        var (text, _) = CoachingResponseWriter.Write(new ReflectionText("", "Wear a better shirt", ""), Reference());

        text.ShouldContain("The recording points first to");
    }

    [Fact]
    public void Given_no_result_yet_When_written_Then_a_non_empty_reflection_only_response()
    {
        var (text, source) = CoachingResponseWriter.Write(new ReflectionText("Good opening", null, null), null);

        source.ShouldBe(CoachingResponseWriter.ReflectionOnly);
        text.ShouldContain("“Good opening”");
        text.ShouldContain("no finished analysis yet");
    }
}
