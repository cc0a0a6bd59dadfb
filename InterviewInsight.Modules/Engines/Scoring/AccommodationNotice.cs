using InterviewInsight.Modules.Engines.Quality;

namespace InterviewInsight.Modules.Engines.Scoring;

/// <summary>
/// What a result says when it was scored in accommodation mode (docs/architecture.md, "Evidence bands"): the measures
/// stay in the result as information, but <see cref="ScoringOptions.DefaultAccommodationDrops"/> are left out of the scores.
/// </summary>
public static class AccommodationNotice
{
    /// <summary>The <c>quality[]</c> code of an accommodated result.</summary>
    public const string Code = "accommodation";

    /// <summary>The <c>quality[]</c> modality: the notice is about how scores were computed, not about a recording's track.</summary>
    public const string Modality = "scoring";

    /// <summary>The <c>provenance.settings</c> key, written ("on") only for an accommodated result.</summary>
    public const string ProvenanceKey = "accommodation";

    public static QualityFlag Flag { get; } = new(Modality, Code,
        "Accommodation mode: eye contact, facial expression and voice measures are not scored. Eye contact, look-away, smiling and "
        + "pitch variation are still shown as information; Presence counts only face in view and head movement, and Delivery only "
        + "pace, filler words and pauses.");

    /// <summary>True when the result was scored in accommodation mode.</summary>
    public static bool IsOn(IReadOnlyDictionary<string, string> provenanceSettings) =>
        provenanceSettings.TryGetValue(ProvenanceKey, out var value) && value == "on";
}
