using System.Text.RegularExpressions;
using InterviewInsight.Modules.Engines.Scoring;

namespace InterviewInsight.Tests.Engines.Scoring;

/// <summary>docs/architecture.md, "Evidence bands": no emotion or personality words and no hiring verdicts in anything a person reads.</summary>
public sealed class CoachingTextsTests
{
    private static readonly string[] Banned =
    [
        "nervous", "anxious", "anxiety", "confident", "confidence", "insecure", "happy", "happiness", "sad", "angry", "anger",
        "afraid", "fear", "scared", "stressed", "stress", "calm", "relaxed", "excited", "enthusiastic", "bored", "boring",
        "frustrated", "shy", "passionate", "comfortable", "uncomfortable", "emotion", "emotional", "feel", "feeling",
        "mood", "personality", "introvert", "extrovert", "arrogant", "honest", "dishonest", "lying", "hire", "hired",
        "hiring", "reject", "rejected", "verdict", "pass", "fail",
    ];

    [Fact]
    public void Given_every_text_template_When_scanning_Then_no_banned_emotion_or_verdict_word_appears()
    {
        // Arrange
        var texts = CoachingTexts.All.ToList();

        // Act
        var hits = texts.SelectMany(t => Banned.Where(b => Regex.IsMatch(t, $@"\b{b}\b", RegexOptions.IgnoreCase)).Select(b => $"'{b}' in: {t}")).ToList();

        // Assert
        texts.Count.ShouldBe(CoachingTexts.SegmentSuggestions.Count + (2 * CoachingTexts.Recommendations.Count));
        hits.ShouldBeEmpty();
    }

    [Fact]
    public void Given_every_component_of_the_weights_When_looking_up_texts_Then_each_has_a_recommendation()
    {
        // Arrange
        var w = ScoringWeights.Default;
        var ids = w.ContentComponents.Keys.Select(k => "score.content." + k)
            .Concat(w.DeliveryComponents.Keys.Select(k => "score.delivery." + k))
            .Concat(w.PresenceComponents.Keys.Select(k => "score.presence." + k));

        // Act + Assert
        ids.ShouldAllBe(id => CoachingTexts.Recommendations.ContainsKey(id));
    }
}
