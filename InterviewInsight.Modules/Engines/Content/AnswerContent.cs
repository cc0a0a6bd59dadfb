using InterviewInsight.Modules.Engines.Content.Judging;
using InterviewInsight.Modules.Engines.Text;

namespace InterviewInsight.Modules.Engines.Content;

/// <summary>
/// The <c>answers[].content</c> object of the result JSON (docs/architecture.md, "Scores"): what one answer says, measured from its
/// transcript. Times are seconds on the session clock, ratios 0..1. Null means "not measurable" (no question, no JD,
/// too few sentences), never a default.
/// </summary>
/// <param name="AnswerId">The answer this belongs to.</param>
/// <param name="Engine">Embedding engine used for relevance and coherence (provenance).</param>
/// <param name="TranscriptConfidence">Mean word confidence of the transcript words (0..1); null without words. Every
/// measure below is only as good as this.</param>
/// <param name="Sentences">The sentences, with times, that the measures refer to by index.</param>
/// <param name="Relevance">Answer vs question similarity; null when no question was given.</param>
/// <param name="Coherence">Similarity of consecutive sentences; null with fewer than two sentences.</param>
/// <param name="Sentiment">VADER compound per sentence and its mean.</param>
/// <param name="Star">Situation / task / action / result coverage.</param>
/// <param name="Specificity">Numbers, named tools and concrete outcomes, with evidence.</param>
/// <param name="Vocabulary">Lexical richness.</param>
/// <param name="Pronouns">"I" vs "we".</param>
/// <param name="Length">Word count and duration against the 60-120 s target.</param>
/// <param name="JobDescription">Coverage of the job description's top terms; null when no JD was given.</param>
/// <param name="Judge">Rubric judgement (rule-based or LLM) with quoted evidence; null when no judge ran.</param>
public sealed record AnswerContent(
    string AnswerId,
    string Engine,
    double? TranscriptConfidence,
    IReadOnlyList<TimedSentence> Sentences,
    RelevanceMeasure? Relevance,
    CoherenceMeasure? Coherence,
    SentimentMeasure Sentiment,
    StarCoverage Star,
    SpecificityMeasure Specificity,
    VocabularyMeasure Vocabulary,
    PronounMeasure Pronouns,
    LengthMeasure Length,
    JobTermCoverage? JobDescription,
    JudgeResult? Judge)
{
    /// <summary>Words in the answer (vocal fillers excluded), the <c>wordCount</c> of docs/architecture.md, "Scores".</summary>
    public int WordCount => Length.WordCount;
}

/// <summary>
/// Relevance: cosine of the answer and question embeddings, and that cosine mapped onto 0..1 by the engine's
/// calibration: value = clamp((cosine − floor) / (ceiling − floor), 0, 1) (see <see cref="Embeddings.SimilarityScale"/>).
/// BestSentenceIndex names the sentence closest to the question (the judge quotes it).
/// </summary>
public sealed record RelevanceMeasure(double Value, double Cosine, double Floor, double Ceiling, int? BestSentenceIndex);

/// <summary>
/// Coherence: mean cosine of each sentence with the next (raw), the same mean mapped through the engine's
/// sentence-to-sentence calibration (<see cref="Value"/>, 0..1, <see cref="Embeddings.SimilarityScale.CoherenceForEngine"/>),
/// and the per-pair cosines (pair k = sentences k and k+1).
/// </summary>
public sealed record CoherenceMeasure(double Value, double MeanCosine, IReadOnlyList<double> PairCosines);

/// <summary>VADER compound (-1..1) per sentence and the mean over sentences.</summary>
public sealed record SentimentMeasure(double Compound, IReadOnlyList<SentenceSentiment> Sentences);

public sealed record SentenceSentiment(int Index, double Start, double End, double Compound);

/// <summary>STAR coverage; <see cref="Coverage"/> = elements shown / 4.</summary>
public sealed record StarCoverage(StarElement Situation, StarElement Task, StarElement Action, StarElement Result)
{
    public int ElementsShown => new[] { Situation, Task, Action, Result }.Count(e => e.Shown);

    public double Coverage => ElementsShown / 4.0;
}

/// <summary>One STAR element: shown when at least one sentence carries its cue; the sentences are the evidence.</summary>
public sealed record StarElement(bool Shown, IReadOnlyList<EvidenceText> Sentences);

/// <summary>A piece of transcript quoted as evidence, with its time span.</summary>
public sealed record EvidenceText(string Text, double Start, double End);

/// <summary>
/// Specificity: concrete detail per 100 words. Value = min(1, (numbers + tools + 2·outcomes) per 100 words / 5):
/// five specific items per 100 words (about one every 20 s of speech) counts as fully specific.
/// </summary>
public sealed record SpecificityMeasure(
    double Value,
    double ItemsPer100Words,
    IReadOnlyList<EvidenceText> Numbers,
    IReadOnlyList<EvidenceText> Tools,
    IReadOnlyList<EvidenceText> Outcomes);

/// <summary>
/// Vocabulary richness: type-token ratio (depends on length), moving-average TTR over 50-word windows (MATTR, Covington
/// &amp; McFall 2010; equals TTR under 50 words) and MTLD (McCarthy &amp; Jarvis 2010, threshold 0.72, mean of both
/// directions; null under 50 words where it is unstable). Scores use MATTR because it does not fall with answer length.
/// </summary>
public sealed record VocabularyMeasure(int Tokens, int Types, double TypeTokenRatio, double MovingAverageTypeTokenRatio, double? Mtld);

/// <summary>"I"-family (I, me, my, mine, myself and contractions) vs "we"-family counts; WeShare = we / (I + we).</summary>
public sealed record PronounMeasure(int I, int We, double? WeShare);

/// <summary>Answer length; Verdict is "short", "withinTarget" or "long" against the target range.</summary>
public sealed record LengthMeasure(int WordCount, double DurationSeconds, double TargetMinSeconds, double TargetMaxSeconds, string Verdict);

/// <summary>The job description's top terms (by term frequency, stop words out) and which the answer used.</summary>
public sealed record JobTermCoverage(IReadOnlyList<string> Terms, IReadOnlyList<string> Covered, double Coverage);
