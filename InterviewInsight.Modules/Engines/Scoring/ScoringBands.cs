namespace InterviewInsight.Modules.Engines.Scoring;

/// <summary>
/// The bands every sub-score maps through (docs/architecture.md, "Evidence bands"; configuration section Analysis:Scoring:Bands). Each default
/// names its source; the ones marked "product choice" are ours where the literature gives no number.
/// </summary>
internal sealed record ScoringBands
{
    public static readonly ScoringBands Default = new();

    // Delivery
    /// <summary>Words per minute over the answer time: 120-165 comfortable to follow; below ~100 reads as hesitant, above ~190 hurts comprehension.</summary>
    public Band Pace { get; init; } = new("wpm", 120, 165, 100, 190, "Speaking-rate studies (comfortable 120-165 wpm)");

    /// <summary>Fillers per minute of speech: up to ~5 carries no listener penalty, ~12 clearly hurts; fewer is never penalised.</summary>
    public Band Fillers { get; init; } = new("per min", 0, 5, null, 12, "Filler-rate studies (≤5/min no penalty, ~12/min hurts)");

    /// <summary>Longest silence after the answer has started (thinking time right after the question is not counted).</summary>
    public Band MidAnswerPause { get; init; } = new("s", 0, 3, null, 10, "Flag mid-answer silences over ~3 s; 10 s as zero is a product choice");

    /// <summary>Pitch standard deviation in semitones around the speaker's own median: below ~2 st sounds monotone; above 10 st is more likely tracking error than speech.</summary>
    public Band PitchVariation { get; init; } = new("st", 2, 6, 1, 10, "Relative pitch variation (monotone below ~2 st); limits are a product choice");

    // Presence
    /// <summary>
    /// Share of speaking time looking at the camera: 50-75% is natural, 20% or less scores 0. More than 75% is not
    /// penalised: webcam gaze is noisy (4-10°) and looking into the lens is what the other side sees as eye contact.
    /// </summary>
    public Band EyeContact { get; init; } = new("ratio", 0.5, 0.75, 0.2, null, "Listeners look at speakers well under 100% of the time; reward 50-75%");

    /// <summary>Longest look-away while speaking: up to 5 s is fine, 15 s scores 0.</summary>
    public Band LookAway { get; init; } = new("s", 0, 5, null, 15, "No look-away longer than ~5 s while speaking; 15 s as zero is a product choice");

    /// <summary>Share of frames with the face visible: 90%+ fine, half the time or less scores 0.</summary>
    public Band FacePresent { get; init; } = new("ratio", 0.9, 1.0, 0.5, null, "Product choice: the face must be in view to be measured");

    /// <summary>Head yaw standard deviation: up to 10° is normal movement, 25°+ means turning away often.</summary>
    public Band HeadMovement { get; init; } = new("deg", 0, 10, null, 25, "Product choice (head-pose spread of webcam speakers)");

    /// <summary>Share of frames smiling: some smiling (5-60%) is associated with better ratings (Naim et al.); none scores 0 (low weight).</summary>
    public Band Smile { get; init; } = new("ratio", 0.05, 0.6, 0, 0.95, "Smiling predicts ratings (Naim et al.); limits are a product choice");

    // Content
    /// <summary>Calibrated relevance 0..1 (SimilarityScale): 0.6+ clearly on the question, 0.1 or less unrelated.</summary>
    public Band Relevance { get; init; } = new("ratio", 0.6, 1, 0.1, null, "Calibrated on the reference transcripts (ContentAccuracyReport)");

    /// <summary>STAR coverage (elements shown / 4): three or four elements is a complete story.</summary>
    public Band Star { get; init; } = new("ratio", 0.75, 1, 0, null, "STAR method (situation, task, action, result)");

    /// <summary>Specificity value 0..1 (about 2.5 specific items per 100 words reaches the ideal).</summary>
    public Band Specificity { get; init; } = new("ratio", 0.5, 1, 0, null, "Product choice: concrete figures, tools and outcomes");

    /// <summary>Calibrated consecutive-sentence similarity 0..1.</summary>
    public Band Coherence { get; init; } = new("ratio", 0.4, 1, 0, null, "Product choice on the GloVe calibration");

    /// <summary>Moving-average type-token ratio (50-word windows); more unique words predict better ratings (Naim et al.).</summary>
    public Band Vocabulary { get; init; } = new("ratio", 0.65, 1, 0.4, null, "More unique words (Naim et al.); MATTR limits are a product choice");

    /// <summary>Answer length in seconds: 1-2 minutes.</summary>
    public Band AnswerLength { get; init; } = new("s", 60, 120, 20, 240, "Answer length target of 1-2 minutes");

    /// <summary>"We" share of first-person pronouns: some "we" (team context) predicts better ratings; all "we" hides the speaker's own part.</summary>
    public Band WeShare { get; init; } = new("ratio", 0.2, 0.8, 0, 1, "\"we\" over \"I\" (Naim et al.); limits are a product choice");

    /// <summary>Share of the job description's top terms used in the answers.</summary>
    public Band JobTerms { get; init; } = new("ratio", 0.4, 1, 0, null, "Product choice");
}
