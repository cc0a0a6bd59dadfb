using System.Globalization;
using InterviewInsight.Modules.Engines.Speech;
using InterviewInsight.Modules.Engines.Speech.Words;

namespace InterviewInsight.Modules.Engines.Scoring;

/// <summary>
/// Finds the moments that matter most (docs/architecture.md, "Scores"), each only when it crosses its band:
/// <list type="bullet">
/// <item>best-answer: the answer with the highest content score, when there are at least two scored answers.</item>
/// <item>off-topic: every answer whose relevance is below <see cref="OffTopicRelevance"/>.</item>
/// <item>long-pause: the three longest mid-answer silences above the pause band's ideal maximum.</item>
/// <item>filler-cluster: the window (default 10 s) with the most fillers, when it holds at least <see cref="FillerClusterMinimum"/>.</item>
/// <item>fastest-stretch: the window with the highest word rate, when above the pace band.</item>
/// <item>look-away: the longest run of seconds looking away, when longer than the look-away band's ideal maximum.</item>
/// <item>monotone: the longest flat-pitch stretch from the prosody analysis.</item>
/// </list>
/// Accommodation mode leaves out the look-away and monotone cards; a recording that does not sound like English gets no
/// filler-cluster or fastest-stretch card (both count words).
/// </summary>
internal static class SegmentFinder
{
    public const double OffTopicRelevance = 0.3;
    public const int FillerClusterMinimum = 3;

    public static IReadOnlyList<Segment> Find(ScoringInput input)
    {
        var options = input.EffectiveOptions;
        var found = new List<(double Start, double End, string Kind, string Measured)>();
        BestAnswer(input, found);
        OffTopic(input, found);
        var speech = input.Speech;
        var spans = input.Answers.Select(a => a.Speech).OfType<SpeechResult>().ToList();
        if (speech is not null)
        {
            spans.Add(speech);
        }

        LongPauses(spans, options, found);
        if (speech is not null)
        {
            if (ScoreCalculator.WordsTrusted(input))
            {
                FillerCluster(speech, options, found);
                FastestStretch(speech, options, found);
            }

            if (!options.Drops(ScoreCalculator.DeliveryId + ".pitch-variation") && speech.Pitch.MonotoneStretches.OrderByDescending(m => m.End - m.Start).ThenBy(m => m.Start).FirstOrDefault() is { } flat)
            {
                found.Add((flat.Start, flat.End, "monotone", Invariant($"Pitch varied by {flat.StdSemitones:0.0} semitones over {flat.End - flat.Start:0} s")));
            }
        }

        if (input.Vision is { } vision && !options.Drops(ScoreCalculator.PresenceId + ".look-away")
            && TimelineRuns.LongestLookAway(vision) is { } away && away.End - away.Start > options.Bands.LookAway.IdealMax)
        {
            found.Add((away.Start, away.End, "look-away", Invariant($"Looked away from the camera for {away.End - away.Start:0} s")));
        }

        return found
            .GroupBy(f => f.Kind, StringComparer.Ordinal)
            .SelectMany(g => g.OrderBy(f => f.Start).ThenBy(f => f.End).Select((f, n) => new Segment(
                $"segment.{f.Kind}.{n + 1}", Round(f.Start), Round(f.End), f.Kind, f.Measured, CoachingTexts.SegmentSuggestions[f.Kind])))
            .OrderBy(s => s.Start)
            .ThenBy(s => s.Id, StringComparer.Ordinal)
            .ToList();
    }

    private static void BestAnswer(ScoringInput input, List<(double, double, string, string)> found)
    {
        var scored = input.Answers
            .Where(a => a.Content is { WordCount: > 0 })
            .Select(a => (Answer: a, Score: ScoreCalculator.CalculateAnswer(input, a).Content))
            .Where(a => a.Score is not null)
            .ToList();
        if (scored.Count < 2)
        {
            return;
        }

        var best = scored.OrderByDescending(a => a.Score!.Value).ThenBy(a => a.Answer.Start).First();
        found.Add((best.Answer.Start, best.Answer.End, "best-answer",
            Invariant($"Content score {best.Score!.Value:0}/100; {best.Answer.Content!.Star.ElementsShown} of 4 STAR elements")));
    }

    private static void OffTopic(ScoringInput input, List<(double, double, string, string)> found)
    {
        foreach (var answer in input.Answers)
        {
            if (answer.Content?.Relevance is { } relevance && answer.Content.WordCount > 0 && relevance.Value < OffTopicRelevance)
            {
                found.Add((answer.Start, answer.End, "off-topic", Invariant($"Relevance to the question {relevance.Value:0.00} (0-1; cosine {relevance.Cosine:0.00})")));
            }
        }
    }

    private static void LongPauses(IReadOnlyList<SpeechResult> spans, ScoringOptions options, List<(double, double, string, string)> found)
    {
        var pauses = spans.SelectMany(s => s.Pauses.LongMidAnswer)
            .Where(p => p.Duration > options.Bands.MidAnswerPause.IdealMax)
            .DistinctBy(p => (p.Start, p.End))
            .OrderByDescending(p => p.Duration)
            .ThenBy(p => p.Start)
            .Take(3);
        foreach (var pause in pauses)
        {
            found.Add((pause.Start, pause.End, "long-pause", Invariant($"{pause.Duration:0.0} s of silence mid-answer")));
        }
    }

    private static void FillerCluster(SpeechResult speech, ScoringOptions options, List<(double, double, string, string)> found)
    {
        var window = options.SegmentWindowSeconds;
        var fillers = speech.Fillers.Items.OrderBy(f => f.Start).ToList();
        var best = (Count: 0, Items: new List<TimedPhrase>());
        foreach (var first in fillers)
        {
            var inWindow = fillers.Where(f => f.Start >= first.Start && f.Start < first.Start + window).ToList();
            if (inWindow.Count > best.Count)
            {
                best = (inWindow.Count, inWindow);
            }
        }

        if (best.Count >= FillerClusterMinimum)
        {
            var words = string.Join(", ", best.Items.Select(f => f.Text).Distinct(StringComparer.Ordinal).Take(4));
            found.Add((best.Items[0].Start, best.Items[^1].End, "filler-cluster", Invariant($"{best.Count} filler words within {window:0} s ({words})")));
        }
    }

    private static void FastestStretch(SpeechResult speech, ScoringOptions options, List<(double, double, string, string)> found)
    {
        var window = options.SegmentWindowSeconds;
        var times = Token.From(speech.Words).Where(t => !TokenPatterns.VocalFillers.Contains(t.Text)).Select(t => (t.Word.Start + t.Word.End) / 2).Order().ToList();
        var best = (Rate: 0.0, Start: 0.0);
        foreach (var start in times)
        {
            if (start + window > speech.End + 1e-9)
            {
                break;
            }

            var rate = times.Count(t => t >= start && t < start + window) * 60 / window;
            if (rate > best.Rate)
            {
                best = (rate, start);
            }
        }

        if (best.Rate > options.Bands.Pace.IdealMax)
        {
            found.Add((best.Start, best.Start + window, "fastest-stretch", Invariant($"{best.Rate:0} words per minute over {window:0} s")));
        }
    }

    private static double Round(double value) => Math.Round(value, 2, MidpointRounding.AwayFromZero);

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
