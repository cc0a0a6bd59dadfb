using System.Diagnostics;
using System.Text.Json;
using InterviewInsight.Modules.Engines.Content;
using InterviewInsight.Modules.Engines.Content.Judging;
using InterviewInsight.Modules.Engines.Scoring;
using InterviewInsight.Tests.Engines.Content;
using Xunit.Abstractions;
using static InterviewInsight.Tests.Engines.Scoring.ScoringFixtures;

namespace InterviewInsight.Tests.Engines.Scoring;

/// <summary>Content analysis (real GloVe and VADER) through scores, segments, recommendations and the timeline, twice.</summary>
public sealed class PipelineDeterminismTests(ITestOutputHelper output)
{
    private static async Task<string> RunAsync()
    {
        var analyzer = new ContentAnalyzer(ContentTestModels.Glove(), ContentTestModels.Vader, new RuleBasedJudge());
        var first = await analyzer.AnalyzeAsync(new AnswerContentRequest("q1", SampleAnswers.Question, SampleAnswers.Words(SampleAnswers.Star, 5), 5, 95), CancellationToken.None);
        var second = await analyzer.AnalyzeAsync(new AnswerContentRequest("q2", SampleAnswers.Question, SampleAnswers.Words(SampleAnswers.OffTopic, 100), 100, 130), CancellationToken.None);
        var answers = new[]
        {
            new ScoringAnswer("q1", SampleAnswers.Question, 5, 95, SpeechOf(5, 95), VisionOf(5, 95), first),
            new ScoringAnswer("q2", SampleAnswers.Question, 100, 130, SpeechOf(100, 130, wpm: 185), VisionOf(100, 130, eyeContact: 0.3), second),
        };
        var input = new ScoringInput(130, SpeechOf(0, 130), VisionOf(0, 130), answers, []);
        var scores = ScoreCalculator.Calculate(input);
        var segments = SegmentFinder.Find(input);
        var result = new
        {
            answers = new[] { first, second },
            scores,
            segments,
            recommendations = RecommendationRanker.Rank(scores, segments),
            timeline = TimelineFusion.Merge(130, null, input.Vision, [first, second], []),
        };
        return JsonSerializer.Serialize(result, new JsonSerializerOptions(JsonSerializerDefaults.Web));
    }

    [Fact]
    public async Task Given_two_runs_over_the_same_answers_When_analysing_and_scoring_Then_the_result_json_is_identical()
    {
        // Act
        var clock = Stopwatch.StartNew();
        var first = await RunAsync();
        var firstSeconds = clock.Elapsed.TotalSeconds;
        clock.Restart();
        var second = await RunAsync();
        output.WriteLine($"first run (GloVe load included) {firstSeconds:0.000} s, second run {clock.Elapsed.TotalSeconds:0.000} s");

        // Assert
        second.ShouldBe(first);
        first.ShouldContain("\"segment.off-topic.1\"");
        first.ShouldContain("\"recommendations\":[{\"id\":\"recommendation.");
        first.ShouldContain("\"sentiment\":[");
    }
}
