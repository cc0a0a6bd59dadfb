using InterviewInsight.Modules.Engines.Results;
using InterviewInsight.Modules.Engines.Scoring;

namespace InterviewInsight.Modules.Progress.Trends;

/// <summary>Reads the trend values of one session out of its result JSON.</summary>
internal static class SessionTrendPoint
{
    public static ProgressScores Scores(AnalysisResult result) => new(
        result.Scores?.Overall?.Value, result.Scores?.Content?.Value, result.Scores?.Delivery?.Value, result.Scores?.Presence?.Value);

    public static ProgressMeasures Measures(AnalysisResult result)
    {
        var contents = result.Answers.Select(a => a.Content).OfType<Engines.Content.AnswerContent>().ToList();

        // Not English: the words are the recogniser's guesses, so pace and fillers are not measures (pauses are).
        var wordsTrusted = !result.Quality.Any(q => q.Code == Engines.Quality.QualityFlag.NotEnglish);
        return new ProgressMeasures(
            wordsTrusted ? result.Speech?.WordsPerMinute : null,
            wordsTrusted ? result.Speech?.Fillers.PerMinute : null,
            result.Vision?.EyeContactRatio,
            result.Speech?.Pauses.LongMidAnswer.Count,
            contents.Count > 0 ? contents.Average(c => c.Length.DurationSeconds) : null,
            contents.Count > 0 ? contents.Average(c => c.Star.Coverage) : null);
    }

    /// <summary>
    /// What makes two runs incomparable: another speech, vision or content engine, another video sample rate, or accommodation
    /// mode on in one and off in the other (its scores leave eye contact, smiling and pitch variation out). Consent and the job
    /// description change which measures exist, not how they are measured, so they do not count.
    /// </summary>
    public static IReadOnlyList<string> Differences(AnalysisResult result, AnalysisResult latest)
    {
        var differences = new List<string>();
        AddIfChanged(differences, "speech engine", result.Engines.Speech, latest.Engines.Speech);
        AddIfChanged(differences, "vision engine", result.Engines.Vision, latest.Engines.Vision);
        AddIfChanged(differences, "content engine", result.Engines.Content, latest.Engines.Content);
        AddIfChanged(
            differences, "video sample rate",
            result.Provenance.Settings.GetValueOrDefault("videoSampleFps"), latest.Provenance.Settings.GetValueOrDefault("videoSampleFps"));
        if (AccommodationNotice.IsOn(result.Provenance.Settings) != AccommodationNotice.IsOn(latest.Provenance.Settings))
        {
            differences.Add("accommodation mode");
        }

        return differences;
    }

    private static void AddIfChanged(List<string> differences, string what, string? value, string? latest)
    {
        // A modality missing from either run (not recorded, not consented) is not a change of engine.
        if (value is not null && latest is not null && !string.Equals(value, latest, StringComparison.Ordinal))
        {
            differences.Add(what);
        }
    }
}
