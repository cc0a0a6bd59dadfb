using InterviewInsight.Modules.Engines.Content;
using InterviewInsight.Modules.Engines.Text;
using InterviewInsight.Modules.Engines.Quality;
using InterviewInsight.Modules.Engines.Scoring;
using InterviewInsight.Modules.Engines.Speech;
using InterviewInsight.Modules.Engines.Speech.Pauses;
using InterviewInsight.Modules.Engines.Speech.Prosody;
using InterviewInsight.Modules.Engines.Speech.Transcription;
using InterviewInsight.Modules.Engines.Speech.Words;
using InterviewInsight.Modules.Engines.Vision;

namespace InterviewInsight.Tests.Engines.Scoring;

/// <summary>Hand-built measurement records with known values, so each score can be checked against the documented formulas.</summary>
internal static class ScoringFixtures
{
    /// <summary>Speech over [start, end] with <paramref name="wpm"/> words per minute of span time, spoken the whole span.</summary>
    public static SpeechResult SpeechOf(
        double start,
        double end,
        double wpm = 140,
        double fillersPerMinute = 2,
        double? pitchSemitones = 3,
        IReadOnlyList<Pause>? longPauses = null,
        IReadOnlyList<TimedPhrase>? fillerItems = null,
        IReadOnlyList<TranscriptWord>? words = null,
        IReadOnlyList<MonotoneStretch>? monotone = null)
    {
        var minutes = (end - start) / 60;
        var wordCount = (int)Math.Round(wpm * minutes);
        var fillerCount = fillerItems?.Count ?? (int)Math.Round(fillersPerMinute * minutes);
        return new SpeechResult(
            start, end, "transcript", words ?? [], wordCount, end - start, wpm, wpm,
            new PauseSummary(2, 0.6, longPauses?.Max(p => p.Duration) ?? 1.2, 0.1, 0.5, longPauses ?? []),
            new FillerSummary(fillerCount, fillerCount / minutes, 2, fillerItems ?? []),
            [], [],
            new PitchSummary(120, pitchSemitones, end - start, monotone ?? []),
            new EnergySummary(-20, 4, -12));
    }

    public static VisionResult VisionOf(
        double start,
        double end,
        double eyeContact = 0.6,
        double lookAway = 3,
        double facePresent = 1,
        double yawStd = 5,
        double? smile = 0.2,
        double confidence = 0.9,
        IReadOnlyList<double?>? eyeContactSeries = null)
    {
        var seconds = (int)Math.Ceiling(end - start);
        return new VisionResult
        {
            StartSeconds = start,
            EndSeconds = end,
            FacePresentRatio = facePresent,
            EyeContactRatio = eyeContact,
            LongestLookAwaySeconds = lookAway,
            LongestLookAwayWhileSpeakingSeconds = lookAway,
            HeadPose = new HeadPoseSpread(yawStd, 3, 2),
            SmileRatio = smile,
            Frames = new FrameCounts(seconds * 5, seconds * 5, seconds * 5),
            HeadGestures = new HeadGestures(0, 0),
            Lighting = new Lighting(120, 200),
            Baseline = new BaselineInfo("wholeRecording", 0.8, 0, 0),
            Confidence = confidence,
            Timeline = new VisionTimeline(1, new Dictionary<string, IReadOnlyList<double?>>
            {
                ["eyeContact"] = eyeContactSeries ?? Enumerable.Repeat<double?>(eyeContact, seconds).ToList(),
                ["facePresent"] = Enumerable.Repeat<double?>(facePresent, seconds).ToList(),
            }),
            Quality = [],
        };
    }

    /// <summary>Answer content with chosen measure values (sentences are synthetic, one per 10 s).</summary>
    public static AnswerContent ContentOf(
        string id,
        double start,
        double end,
        double relevance = 0.8,
        int starElements = 4,
        double specificity = 0.6,
        double coherence = 0.6,
        double mattr = 0.7,
        double? weShare = 0.4,
        double? jobCoverage = null,
        double? transcriptConfidence = 0.9,
        IReadOnlyList<double>? sentenceSentiments = null)
    {
        var sentenceCount = Math.Max(1, (int)((end - start) / 10));
        var sentences = Enumerable.Range(0, sentenceCount)
            .Select(i => new TimedSentence(i, $"Sentence {i} of {id}.", start + (i * 10), Math.Min(end, start + (i * 10) + 9)))
            .ToList();
        EvidenceText Quote(int i) => new(sentences[Math.Min(i, sentenceCount - 1)].Text, sentences[Math.Min(i, sentenceCount - 1)].Start, sentences[Math.Min(i, sentenceCount - 1)].End);
        StarElement Element(int index) => index < starElements ? new StarElement(true, [Quote(index)]) : new StarElement(false, []);
        var sentiments = sentenceSentiments ?? Enumerable.Repeat(0.2, sentenceCount).ToList();
        return new AnswerContent(
            id,
            "glove-6b-100d-sif",
            transcriptConfidence,
            sentences,
            new RelevanceMeasure(relevance, 0.2 + (0.4 * relevance), 0.2, 0.6, 0),
            new CoherenceMeasure(coherence, 0.2 + (0.4 * coherence), [0.4]),
            new SentimentMeasure(sentiments.Average(), sentences.Select((s, i) => new SentenceSentiment(i, s.Start, s.End, sentiments[Math.Min(i, sentiments.Count - 1)])).ToList()),
            new StarCoverage(Element(0), Element(1), Element(2), Element(3)),
            new SpecificityMeasure(specificity, specificity * 5, [], [], []),
            new VocabularyMeasure(150, 100, 0.66, mattr, 60),
            new PronounMeasure(6, 4, weShare),
            new LengthMeasure(150, end - start, 60, 120, "withinTarget"),
            jobCoverage is { } c ? new JobTermCoverage(["a", "b"], c >= 0.5 ? ["a"] : [], c) : null,
            null);
    }

    /// <summary>A 90 s answer that sits inside every band.</summary>
    public static ScoringAnswer IdealAnswer(string id, double start) =>
        new(id, "Question?", start, start + 90, SpeechOf(start, start + 90), VisionOf(start, start + 90), ContentOf(id, start, start + 90));

    public static ScoringInput Input(IReadOnlyList<ScoringAnswer> answers, SpeechResult? speech, VisionResult? vision, ScoringOptions? options = null, params QualityFlag[] flags) =>
        new(answers.Count == 0 ? 0 : answers.Max(a => a.End), speech, vision, answers, flags, options);
}
