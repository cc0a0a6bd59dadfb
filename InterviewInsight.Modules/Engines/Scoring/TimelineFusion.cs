using InterviewInsight.Modules.Engines.Content;
using InterviewInsight.Modules.Engines.Speech;
using InterviewInsight.Modules.Engines.Speech.Words;
using InterviewInsight.Modules.Engines.Vision;

namespace InterviewInsight.Modules.Engines.Scoring;

/// <summary>
/// Merges the speech timeline (wpm, pitchHz, energyDb, fillers, speech), the vision timeline (facePresent, eyeContact,
/// yaw, pitch, smile; shifted onto the session clock by its start) and two content series into one 1 s timeline:
/// <list type="bullet">
/// <item>sentiment: VADER compound of the sentence that covers most of the second; null outside sentences.</item>
/// <item>fillersPerMinute: fillers in a centred window (default 10 s) scaled to a minute, so a cluster reads as a rate.</item>
/// </list>
/// Every series has ceil(duration) values. A name that already exists is kept from the first source (speech, then vision).
/// </summary>
internal static class TimelineFusion
{
    public const double StepSeconds = 1;
    public const double DefaultFillerWindowSeconds = 10;

    public static FusedTimeline Merge(
        double durationSeconds,
        SpeechTimeline? speech,
        VisionResult? vision,
        IReadOnlyList<AnswerContent> answers,
        IReadOnlyList<TimedPhrase> fillers,
        double fillerWindowSeconds = DefaultFillerWindowSeconds)
    {
        var length = (int)Math.Ceiling(Math.Max(0, durationSeconds) / StepSeconds);
        var series = new Dictionary<string, double?[]>(StringComparer.Ordinal);
        if (speech is not null)
        {
            foreach (var (name, values) in speech.Series.OrderBy(s => s.Key, StringComparer.Ordinal))
            {
                series.TryAdd(name, Fit(values, 0, length));
            }
        }

        if (vision is not null)
        {
            var offset = (int)Math.Round(vision.StartSeconds / vision.Timeline.StepSeconds);
            foreach (var (name, values) in vision.Timeline.Series.OrderBy(s => s.Key, StringComparer.Ordinal))
            {
                series.TryAdd(name, Fit(values, offset, length));
            }
        }

        series["sentiment"] = Sentiment(answers, length);
        series["fillersPerMinute"] = FillerRate(fillers, length, fillerWindowSeconds);
        return new FusedTimeline(StepSeconds, series);
    }

    private static double?[] Fit(IReadOnlyList<double?> values, int offset, int length)
    {
        var fitted = new double?[length];
        for (var i = 0; i < values.Count; i++)
        {
            if (i + offset >= 0 && i + offset < length)
            {
                fitted[i + offset] = values[i];
            }
        }

        return fitted;
    }

    private static double?[] Sentiment(IReadOnlyList<AnswerContent> answers, int length)
    {
        var sentences = answers.SelectMany(a => a.Sentiment.Sentences).OrderBy(s => s.Start).ToList();
        var values = new double?[length];
        for (var i = 0; i < length; i++)
        {
            var best = sentences
                .Select(s => (Sentence: s, Overlap: Math.Min(i + 1, s.End) - Math.Max(i, s.Start)))
                .Where(s => s.Overlap > 0)
                .OrderByDescending(s => s.Overlap)
                .ThenBy(s => s.Sentence.Start)
                .FirstOrDefault();
            values[i] = best.Sentence?.Compound;
        }

        return values;
    }

    private static double?[] FillerRate(IReadOnlyList<TimedPhrase> fillers, int length, double window)
    {
        var values = new double?[length];
        for (var i = 0; i < length; i++)
        {
            var centre = i + 0.5;
            var (from, to) = (centre - (window / 2), centre + (window / 2));
            values[i] = fillers.Count(f => f.Start >= from && f.Start < to) * 60 / window;
        }

        return values;
    }
}
