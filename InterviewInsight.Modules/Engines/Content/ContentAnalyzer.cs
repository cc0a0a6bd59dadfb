using InterviewInsight.Modules.Engines.Content.Embeddings;
using InterviewInsight.Modules.Engines.Content.Judging;
using InterviewInsight.Modules.Engines.Content.Sentiment;
using InterviewInsight.Modules.Engines.Content.Structure;
using InterviewInsight.Modules.Engines.Content.Text;
using InterviewInsight.Modules.Engines.Speech.Words;
using InterviewInsight.Modules.Engines.Text;

namespace InterviewInsight.Modules.Engines.Content;

/// <summary>
/// Measures what one answer says (docs/architecture.md, "Scores", Content): relevance to the question and coherence from sentence
/// embeddings, VADER sentiment per sentence, STAR coverage, specificity, vocabulary richness, "I" vs "we", length
/// against the target, job-description coverage, and optionally a rubric judgement. Deterministic for deterministic
/// embedders and judges. Texts are embedded one per call when the embedder is batch-dependent, so cosines keep the
/// engine's calibration whatever the answer length.
/// </summary>
internal sealed class ContentAnalyzer(IEmbedder embedder, VaderSentiment sentiment, IAnswerJudge? judge = null, ContentOptions? options = null)
{
    private readonly ContentOptions options = options ?? ContentOptions.Default;

    public string Engine => embedder.Engine;

    public async Task<AnswerContent> AnalyzeAsync(AnswerContentRequest request, CancellationToken ct)
    {
        var answer = AnswerText.From(request.Words);
        var sentences = answer.Sentences.Select(s => s.Sentence).ToList();
        var answerText = string.Join(' ', sentences.Select(s => s.Text));
        var tokens = Words.Of(answerText).Where(t => !TokenPatterns.VocalFillers.Contains(t)).ToList();
        var scale = this.options.Scale ?? SimilarityScale.ForEngine(embedder.Engine);
        var coherenceScale = this.options.CoherenceScale ?? SimilarityScale.CoherenceForEngine(embedder.Engine);

        var question = string.IsNullOrWhiteSpace(request.Question) ? null : request.Question.Trim();
        var texts = new List<string>();
        if (question is not null && sentences.Count > 0)
        {
            texts.Add(question);
            texts.Add(answerText);
        }

        var sentenceOffset = texts.Count;
        texts.AddRange(sentences.Select(s => s.Text));
        var vectors = await EmbedAsync(texts, ct).ConfigureAwait(false);

        var relevance = sentenceOffset == 2 ? Relevance(vectors, sentenceOffset, scale) : null;
        var coherence = Coherence(vectors, sentenceOffset, coherenceScale);
        var content = new AnswerContent(
            request.AnswerId,
            embedder.Engine,
            TranscriptConfidence(request),
            sentences,
            relevance,
            coherence,
            Sentiment(sentences),
            StarDetector.Detect(answer),
            SpecificityDetector.Detect(answer, tokens.Count),
            VocabularyRichness.Measure(tokens),
            PronounCounter.Count(tokens),
            Length(tokens.Count, request),
            string.IsNullOrWhiteSpace(request.JobDescription) ? null : JobDescriptionTerms.Cover(request.JobDescription, tokens, this.options.JobDescriptionTerms),
            null);

        return judge is null ? content : content with { Judge = await judge.JudgeAsync(question, content, ct).ConfigureAwait(false) };
    }

    private async Task<float[][]> EmbedAsync(List<string> texts, CancellationToken ct)
    {
        if (!embedder.BatchDependent)
        {
            return await embedder.EmbedAsync(texts, ct).ConfigureAwait(false);
        }

        var vectors = new float[texts.Count][];
        for (var i = 0; i < texts.Count; i++)
        {
            vectors[i] = (await embedder.EmbedAsync([texts[i]], ct).ConfigureAwait(false))[0];
        }

        return vectors;
    }

    private static RelevanceMeasure Relevance(float[][] vectors, int sentenceOffset, SimilarityScale scale)
    {
        var cosine = VectorMath.Cosine(vectors[0], vectors[1]);
        int? best = null;
        var bestCosine = double.NegativeInfinity;
        for (var k = sentenceOffset; k < vectors.Length; k++)
        {
            var c = VectorMath.Cosine(vectors[0], vectors[k]);
            if (c > bestCosine)
            {
                (best, bestCosine) = (k - sentenceOffset, c);
            }
        }

        return new RelevanceMeasure(scale.Map(cosine), cosine, scale.Floor, scale.Ceiling, best);
    }

    private static CoherenceMeasure? Coherence(float[][] vectors, int sentenceOffset, SimilarityScale scale)
    {
        var count = vectors.Length - sentenceOffset;
        if (count < 2)
        {
            return null;
        }

        var pairs = Enumerable.Range(sentenceOffset, count - 1).Select(k => VectorMath.Cosine(vectors[k], vectors[k + 1])).ToList();
        var mean = pairs.Average();
        return new CoherenceMeasure(scale.Map(mean), mean, pairs);
    }

    private SentimentMeasure Sentiment(IReadOnlyList<TimedSentence> sentences)
    {
        var perSentence = sentences.Select(s => new SentenceSentiment(s.Index, s.Start, s.End, sentiment.Score(s.Text).Compound)).ToList();
        return new SentimentMeasure(perSentence.Count > 0 ? perSentence.Average(s => s.Compound) : 0, perSentence);
    }

    private LengthMeasure Length(int wordCount, AnswerContentRequest request)
    {
        var duration = Math.Max(0, request.End - request.Start);
        var verdict = duration < this.options.TargetMinSeconds ? "short" : duration > this.options.TargetMaxSeconds ? "long" : "withinTarget";
        return new LengthMeasure(wordCount, duration, this.options.TargetMinSeconds, this.options.TargetMaxSeconds, verdict);
    }

    /// <summary>Mean word confidence over words with a finite confidence; null when there is none to average.</summary>
    private static double? TranscriptConfidence(AnswerContentRequest request)
    {
        var confidences = request.Words.Select(w => w.Confidence).Where(double.IsFinite).ToList();
        return confidences.Count > 0 ? Math.Clamp(confidences.Average(), 0, 1) : null;
    }
}
