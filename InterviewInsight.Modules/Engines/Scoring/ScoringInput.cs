using InterviewInsight.Modules.Engines.Content;
using InterviewInsight.Modules.Engines.Quality;
using InterviewInsight.Modules.Engines.Speech;
using InterviewInsight.Modules.Engines.Vision;

namespace InterviewInsight.Modules.Engines.Scoring;

/// <summary>Everything scoring reads. Null modalities mean "not recorded or not consented"; they are never defaulted.</summary>
/// <param name="DurationSeconds">Session length.</param>
/// <param name="Speech">Whole-recording speech metrics; null for a video-only or text-only session.</param>
/// <param name="Vision">Whole-recording vision metrics; null for an audio-only session.</param>
/// <param name="Answers">Per-answer data in time order (may be empty when the questions are unknown).</param>
/// <param name="Quality">Quality flags of all modalities (audio and video).</param>
/// <param name="Options">Bands, weights and the accommodation mode; null = defaults.</param>
internal sealed record ScoringInput(
    double DurationSeconds,
    SpeechResult? Speech,
    VisionResult? Vision,
    IReadOnlyList<ScoringAnswer> Answers,
    IReadOnlyList<QualityFlag> Quality,
    ScoringOptions? Options = null)
{
    public ScoringOptions EffectiveOptions => Options ?? ScoringOptions.Default;
}

/// <summary>One answer: its span on the session clock and whatever was measured on it.</summary>
internal sealed record ScoringAnswer(
    string Id, string? Question, double Start, double End, SpeechResult? Speech, VisionResult? Vision, AnswerContent? Content);
