using System.Text.Json.Nodes;
using InterviewInsight.Modules.Engines.Results;
using InterviewInsight.Modules.Engines.Scoring;
using InterviewInsight.Tests.TestInfrastructure;

namespace InterviewInsight.Tests.Engines.Scoring;

/// <summary>Accommodation mode rescoring the reference result (Golden/A_lrs2_00016.result.json): the measures stay, their scores go.</summary>
public sealed class AccommodationScoringTests
{
    private static readonly string[] Dropped =
        ["score.presence.eye-contact", "score.presence.look-away", "score.presence.smile", "score.delivery.pitch-variation"];

    [Fact]
    public void Given_the_reference_result_When_rescored_without_accommodation_Then_the_stored_scores_come_back()
    {
        // Arrange: proves the rescoring below reads the result the way the pipeline scored it
        var reference = Reference();

        // Act
        var scores = ScoreCalculator.Calculate(InputFrom(reference, ScoringOptions.Default));

        // Assert
        scores.ShouldBeEquivalentTo(reference.Scores);
    }

    [Fact]
    public void Given_the_reference_result_When_rescored_in_accommodation_mode_Then_eye_contact_facial_and_voice_parts_are_dropped()
    {
        // Arrange
        var reference = Reference();
        var input = InputFrom(reference, ScoringOptions.Default with { AccommodationMode = true });

        // Act
        var scores = ScoreCalculator.Calculate(input);
        var answerScores = reference.Answers.Select(a => ScoreCalculator.CalculateAnswer(input, input.Answers.Single(x => x.Id == a.Id))).ToList();
        var segments = SegmentFinder.Find(input);
        var recommendations = RecommendationRanker.Rank(scores, segments);

        // Assert: the reference scored every dropped part, so this could fail
        Dropped.ShouldBeSubsetOf(reference.Scores!.Presence!.Components.Concat(reference.Scores.Delivery!.Components).Select(c => c.Id));

        var kept = scores.Presence!.Components.Concat(scores.Delivery!.Components).Select(c => c.Id).ToList();
        kept.ShouldNotContain(id => Dropped.Contains(id));
        scores.Presence.Components.Select(c => c.Id).ShouldBe(["score.presence.face-present", "score.presence.head-movement"]);
        scores.Delivery.Components.Select(c => c.Id).ShouldBe(["score.delivery.pace", "score.delivery.fillers", "score.delivery.pauses"]);
        scores.Presence.Components.Sum(c => c.Weight).ShouldBe(1, 0.002);
        scores.Content.ShouldBeEquivalentTo(reference.Scores.Content);
        answerScores.SelectMany(s => (s.Presence?.Components ?? []).Concat(s.Delivery?.Components ?? [])).ShouldNotContain(c => Dropped.Contains(c.Id));
        segments.ShouldNotContain(s => s.Kind == "look-away" || s.Kind == "monotone");
        recommendations.ShouldNotContain(r => Dropped.Contains(r.ComponentId));

        // The measures themselves stay in the result, shown as information.
        reference.Vision!.EyeContactRatio.ShouldNotBeNull();
        reference.Speech!.Pitch.VariationSemitones.ShouldNotBeNull();
    }

    [Fact]
    public void Given_the_accommodation_notice_When_read_Then_it_names_what_is_not_scored()
    {
        AccommodationNotice.Flag.Code.ShouldBe("accommodation");
        AccommodationNotice.Flag.Message.ShouldStartWith("Accommodation mode: eye contact, facial expression and voice measures are not scored");
        AccommodationNotice.IsOn(new Dictionary<string, string> { ["accommodation"] = "on" }).ShouldBeTrue();
        AccommodationNotice.IsOn(new Dictionary<string, string> { ["videoSampleFps"] = "5" }).ShouldBeFalse();
    }

    private static AnalysisResult Reference()
    {
        // The stored copy leaves timings out; the record requires them.
        var node = JsonNode.Parse(File.ReadAllText(Path.Combine(TestAssets.RepoRoot, "InterviewInsight.Tests", "Golden", "A_lrs2_00016.result.json")))!.AsObject();
        node["timings"] = JsonNode.Parse("""{"totalSeconds":0,"realTimeFactor":0,"stages":{}}""");
        return AnalysisJson.Deserialize(node.ToJsonString());
    }

    private static ScoringInput InputFrom(AnalysisResult result, ScoringOptions options) => new(
        result.DurationSeconds,
        result.Speech,
        result.Vision,
        [.. result.Answers.Select(a => new ScoringAnswer(a.Id, a.Question, a.Start, a.End, a.Speech, a.Vision, a.Content))],
        result.Quality,
        options);
}
