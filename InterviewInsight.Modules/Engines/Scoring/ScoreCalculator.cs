using InterviewInsight.Modules.Engines.Content;
using InterviewInsight.Modules.Engines.Quality;
using InterviewInsight.Modules.Engines.Speech;
using InterviewInsight.Modules.Engines.Vision;

namespace InterviewInsight.Modules.Engines.Scoring;

/// <summary>
/// Content, Delivery, Presence and Overall scores (docs/architecture.md, "Scores" and "Evidence bands"). Each score is the weighted mean of its
/// components' band scores (<see cref="Band"/>, <see cref="ScoringWeights"/>); per-answer measures are averaged over
/// the answers after banding, so one strong answer cannot hide a weak one. A modality that is missing, flagged unusable
/// or below the minimum confidence gives a null score, never a default; Overall mixes whatever scores exist.
/// </summary>
internal static class ScoreCalculator
{
    public const string OverallId = "score.overall";
    public const string ContentId = "score.content";
    public const string DeliveryId = "score.delivery";
    public const string PresenceId = "score.presence";

    public static ScoreSet Calculate(ScoringInput input)
    {
        var options = input.EffectiveOptions;
        var content = ContentScore(input, options);
        var delivery = DeliveryScore(input, options);
        var presence = PresenceScore(input, options);
        return new ScoreSet(Overall(content, delivery, presence, options), content, delivery, presence);
    }

    /// <summary>The scores of one answer alone (for answer cards and the best-answer segment).</summary>
    public static ScoreSet CalculateAnswer(ScoringInput input, ScoringAnswer answer) =>
        Calculate(input with { DurationSeconds = answer.End - answer.Start, Speech = answer.Speech, Vision = answer.Vision, Answers = [answer] });

    private static Score? ContentScore(ScoringInput input, ScoringOptions options)
    {
        var answers = input.Answers.Select(a => a.Content).OfType<AnswerContent>().Where(c => c.WordCount > 0).ToList();
        if (answers.Count == 0 || !WordsTrusted(input))
        {
            return null;
        }

        var transcriptConfidence = answers.Average(a => a.TranscriptConfidence ?? options.UnknownTranscriptConfidence);
        var confidence = transcriptConfidence * Penalty(input, options, "low_accuracy_engine");
        if (confidence < options.MinModalityConfidence)
        {
            return null;
        }

        var bands = options.Bands;
        var measures = new List<Measure>
        {
            new("relevance", "Relevance to the question", bands.Relevance, answers.Where(a => a.Relevance is not null).Select(a => a.Relevance!.Value).ToList()),
            new("star", "STAR structure", bands.Star, answers.Select(a => a.Star.Coverage).ToList()),
            new("specificity", "Specific detail", bands.Specificity, answers.Select(a => a.Specificity.Value).ToList()),
            new("coherence", "Coherence", bands.Coherence, answers.Where(a => a.Coherence is not null).Select(a => a.Coherence!.Value).ToList()),
            new("vocabulary", "Vocabulary range", bands.Vocabulary, answers.Select(a => a.Vocabulary.MovingAverageTypeTokenRatio).ToList()),
            new("length", "Answer length", bands.AnswerLength, answers.Select(a => a.Length.DurationSeconds).ToList()),
            new("we-share", "\"We\" share", bands.WeShare, answers.Where(a => a.Pronouns.WeShare is not null).Select(a => a.Pronouns.WeShare!.Value).ToList()),
            new("job-terms", "Job description terms", bands.JobTerms, answers.Where(a => a.JobDescription is not null).Select(a => a.JobDescription!.Coverage).ToList()),
        };
        var notApplicable = answers.Any(a => a.JobDescription is not null) ? new HashSet<string>() : new HashSet<string> { "job-terms" };
        return Build(ContentId, options.Weights.ContentComponents, measures, confidence, options, ContentEvidence(answers), notApplicable);
    }

    private static Score? DeliveryScore(ScoringInput input, ScoringOptions options)
    {
        var spans = input.Answers.Select(a => a.Speech).OfType<SpeechResult>().ToList();
        if (spans.Count == 0 && input.Speech is not null)
        {
            spans.Add(input.Speech);
        }

        if (spans.Count == 0 || spans.Sum(s => s.WordCount) == 0 || HasFlag(input, "silent"))
        {
            return null;
        }

        var confidence = Penalty(input, options, "too_quiet", "clipped", "low_accuracy_engine");
        if (confidence < options.MinModalityConfidence)
        {
            return null;
        }

        // Pace and fillers count words; without English words only the pauses and the voice are scored.
        var wordsTrusted = WordsTrusted(input);
        var bands = options.Bands;
        var minutes = spans.Sum(s => Math.Max(0, s.End - s.Start)) / 60;
        var speakingMinutes = spans.Sum(s => s.SpeakingSeconds) / 60;
        var midAnswer = spans.SelectMany(s => s.Pauses.LongMidAnswer).ToList();
        var longestPause = midAnswer.Count > 0 ? midAnswer.Max(p => p.Duration) : Math.Min(spans.Max(s => s.Pauses.LongestSeconds), bands.MidAnswerPause.IdealMax);
        var pitch = input.Speech?.Pitch.VariationSemitones
            ?? WeightedMean(spans.Select(s => (s.Pitch.VariationSemitones, s.Pitch.VoicedSeconds)));
        var measures = new List<Measure>
        {
            new("pace", "Pace", bands.Pace, minutes > 0 && wordsTrusted ? [spans.Sum(s => s.WordCount) / minutes] : []),
            new("fillers", "Filler words", bands.Fillers, speakingMinutes > 0 && wordsTrusted ? [spans.Sum(s => s.Fillers.Count) / speakingMinutes] : []),
            new("pauses", "Mid-answer pauses", bands.MidAnswerPause, [longestPause]),
            new("pitch-variation", "Pitch variation", bands.PitchVariation, pitch is { } p ? [p] : []),
        };
        var evidence = midAnswer.OrderByDescending(p => p.Duration).ThenBy(p => p.Start).Take(3).Select(p => new ScoreEvidence(p.Start, p.End, null))
            .Concat(spans.SelectMany(s => s.Fillers.Items).OrderBy(f => f.Start).Take(3).Select(f => new ScoreEvidence(f.Start, f.End, f.Text)))
            .OrderBy(e => e.Start)
            .ToList();
        return Build(DeliveryId, options.Weights.DeliveryComponents, measures, confidence, options, evidence, []);
    }

    private static Score? PresenceScore(ScoringInput input, ScoringOptions options)
    {
        // The whole-recording vision result; without one (answers analysed separately), the longest answer's.
        var vision = input.Vision ?? (input.Answers.Select(a => a.Vision).OfType<VisionResult>().OrderByDescending(v => v.EndSeconds - v.StartSeconds).FirstOrDefault());
        if (vision is null || vision.Frames.WithFace == 0 || HasFlag(input, "no-face") || HasFlag(input, "no-frames")
            || vision.Confidence < options.MinModalityConfidence)
        {
            return null;
        }

        var bands = options.Bands;
        var lookAway = vision.LongestLookAwayWhileSpeakingSeconds ?? vision.LongestLookAwaySeconds;
        var measures = new List<Measure>
        {
            new("eye-contact", "Eye contact", bands.EyeContact, Values(vision.EyeContactRatio)),
            new("look-away", "Longest look-away", bands.LookAway, Values(lookAway)),
            new("face-present", "Face in view", bands.FacePresent, [vision.FacePresentRatio]),
            new("head-movement", "Head movement", bands.HeadMovement, Values(vision.HeadPose?.YawStdDeg)),
            new("smile", "Smiling", bands.Smile, Values(vision.SmileRatio)),
        };
        var evidence = TimelineRuns.LongestLookAway(vision) is { } run && !options.Drops(PresenceId + ".look-away")
            ? new List<ScoreEvidence> { new(run.Start, run.End, null) }
            : [];
        return Build(PresenceId, options.Weights.PresenceComponents, measures, vision.Confidence, options, evidence, []);
    }

    private static Score? Overall(Score? content, Score? delivery, Score? presence, ScoringOptions options)
    {
        var weights = options.Weights;
        var parts = new[] { (content, weights.Content, "Content"), (delivery, weights.Delivery, "Delivery"), (presence, weights.Presence, "Presence") };
        var available = parts.Where(p => p.Item1 is not null).Select(p => (Score: p.Item1!, Weight: p.Item2, Name: p.Item3)).ToList();
        if (available.Count == 0)
        {
            return null;
        }

        var total = parts.Sum(p => p.Item2);
        var present = available.Sum(p => p.Weight);
        var components = available.Select(p => new ScoreComponent(
            p.Score.Id, p.Name, p.Score.Value, Round(p.Weight / present), p.Score.Value, $"{Band.Format(p.Score.Value)}/100", p.Score.Band, p.Score.Band, p.Score.Confidence)).ToList();
        var value = Round1(available.Sum(p => p.Weight / present * p.Score.Value));
        var confidence = available.Sum(p => p.Weight / present * p.Score.Confidence) * (present / total);
        var evidence = available.SelectMany(p => p.Score.Evidence.Take(2)).OrderBy(e => e.Start).ToList();
        return new Score(OverallId, value, Round(confidence), Score.Label(value), components, evidence);
    }

    private static Score? Build(
        string scoreId,
        IReadOnlyDictionary<string, double> weights,
        IReadOnlyList<Measure> measures,
        double modalityConfidence,
        ScoringOptions options,
        IReadOnlyList<ScoreEvidence> evidence,
        HashSet<string> notApplicable)
    {
        var applicable = measures.Where(m => weights.ContainsKey(m.Key) && !notApplicable.Contains(m.Key) && !options.Drops($"{scoreId}.{m.Key}")).ToList();
        var available = applicable.Where(m => m.Values.Count > 0 && m.Values.All(double.IsFinite)).ToList();
        if (available.Count == 0)
        {
            return null;
        }

        var intended = applicable.Sum(m => weights[m.Key]);
        var measured = available.Sum(m => weights[m.Key]);
        var components = available.Select(m =>
        {
            var mean = m.Values.Average();
            return new ScoreComponent(
                $"{scoreId}.{m.Key}",
                m.Name,
                Round1(m.Values.Average(m.Band.Score)),
                Round(weights[m.Key] / measured),
                Round(mean),
                MeasuredText(mean, m.Band.Unit),
                m.Band.Describe(),
                m.Band.Position(mean),
                Round(modalityConfidence));
        }).ToList();
        var value = Round1(available.Sum(m => weights[m.Key] / measured * m.Values.Average(m.Band.Score)));
        return new Score(scoreId, value, Round(modalityConfidence * (measured / intended)), Score.Label(value), components, evidence);
    }

    private static List<ScoreEvidence> ContentEvidence(IReadOnlyList<AnswerContent> answers) =>
        answers.SelectMany(a => new[]
            {
                a.Star.Result.Sentences.FirstOrDefault() ?? a.Specificity.Outcomes.FirstOrDefault(),
                a.Star.Action.Sentences.FirstOrDefault(),
            })
            .OfType<EvidenceText>()
            .Distinct()
            .OrderBy(e => e.Start)
            .Take(6)
            .Select(e => new ScoreEvidence(e.Start, e.End, e.Text))
            .ToList();

    public static string MeasuredText(double value, string unit) => unit switch
    {
        "ratio" => $"{Band.Format(HalfUp(value * 100, 0))}%",
        "deg" => $"{Band.Format(HalfUp(value, 1))}°",
        _ => $"{Band.Format(HalfUp(value, 1))} {unit}",
    };

    private static double Penalty(ScoringInput input, ScoringOptions options, params string[] codes) =>
        Math.Pow(options.PenaltyPerQualityFlag, input.Quality.Count(f => codes.Contains(f.Code, StringComparer.Ordinal)));

    private static bool HasFlag(ScoringInput input, string code) => input.Quality.Any(f => f.Code == code);

    /// <summary>False when the recording did not sound like English: its words are not what was said.</summary>
    internal static bool WordsTrusted(ScoringInput input) => !HasFlag(input, QualityFlag.NotEnglish);

    private static IReadOnlyList<double> Values(double? value) => value is { } v ? [v] : [];

    private static double? WeightedMean(IEnumerable<(double? Value, double Weight)> items)
    {
        var present = items.Where(i => i.Value is not null && i.Weight > 0).ToList();
        return present.Count == 0 ? null : present.Sum(i => i.Value!.Value * i.Weight) / present.Sum(i => i.Weight);
    }

    /// <summary>Rounds half away from zero after removing binary noise (0.575 × 100 = 57.49999… must read 58).</summary>
    private static double HalfUp(double value, int digits) => Math.Round(Math.Round(value, 9), digits, MidpointRounding.AwayFromZero);

    private static double Round(double value) => Math.Round(value, 3, MidpointRounding.AwayFromZero);

    private static double Round1(double value) => Math.Round(value, 1, MidpointRounding.AwayFromZero);

    private sealed record Measure(string Key, string Name, Band Band, IReadOnlyList<double> Values);
}
