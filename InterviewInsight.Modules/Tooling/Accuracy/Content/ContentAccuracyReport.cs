using System.Globalization;
using InterviewInsight.Modules.Engines.Content.Embeddings;

namespace InterviewInsight.Modules.Tooling.Accuracy.Content;

/// <summary>
/// How well relevance separates on-topic from off-topic answers, on the shared reference transcripts: every question is
/// scored against its own transcript (on-topic) and against every other transcript (off-topic).
/// Figures: mean cosine of each group, the margin between them, the pairwise win rate (share of (question, off-topic)
/// pairs where the question's own answer scores higher; 1 = perfect ranking, 0.5 = chance), top-1 accuracy (the
/// question's own answer ranks first among the answers) and the own-question rate (the answer's own question ranks first
/// among the questions). <see cref="ComparisonMarkdown"/> sets several engines side by side.
/// </summary>
internal static class ContentAccuracyReport
{
    /// <summary>The cases: transcripts with real speech content from testdata/MANIFEST.md and a question each answers.</summary>
    public static IReadOnlyList<RelevanceCase> Cases { get; } =
    [
        new("audio/B_jfk.txt", "What do you believe citizens owe to the nation they live in?"),
        new("audio/B_spokenwoz_SNG0480_000-059.txt", "Walk me through reserving a dinner table by phone."),
        new("audio/B_pyannote_sample.stm", "Where do you live now, and where did you grow up?"),
        new("video/A_lrs2_00001.txt", "How do you see the relationship between Britain and America?"),
        new("video/A_lrs2_00016.txt", "What did the home-brewed drink taste like compared with shop-bought ones?"),
        new("video/A_lrs2_00024.txt", "How does the public broadcaster win viewers against commercial channels?"),
        new("video/A_lrs2_00008.txt", "How many people visit the website every week?"),
        new("audio/B_librivox_ss01_0870.txt", "How much money did the brother think he could afford to give his family?"),
    ];

    public static async Task<ContentAccuracyFigures> MeasureAsync(string testDataDir, IEmbedder embedder, CancellationToken ct = default)
    {
        var answers = Cases.Select(c => ReferenceTranscripts.Read(Path.Combine(testDataDir, c.Transcript))).ToList();
        var matrix = new double[Cases.Count, Cases.Count];
        for (var q = 0; q < Cases.Count; q++)
        {
            for (var a = 0; a < Cases.Count; a++)
            {
                // One pair per call: the same as ContentAnalyzer's relevance, so batch-dependent engines keep their calibration.
                var vectors = await embedder.EmbedAsync([Cases[q].Question, answers[a]], ct).ConfigureAwait(false);
                matrix[q, a] = VectorMath.Cosine(vectors[0], vectors[1]);
            }
        }

        var on = Enumerable.Range(0, Cases.Count).Select(i => matrix[i, i]).ToList();
        var off = new List<double>();
        var wins = 0;
        var top1 = 0;
        var ownQuestionFirst = 0;
        for (var q = 0; q < Cases.Count; q++)
        {
            var others = Enumerable.Range(0, Cases.Count).Where(a => a != q).Select(a => matrix[q, a]).ToList();
            off.AddRange(others);
            wins += others.Count(o => matrix[q, q] > o);
            top1 += others.All(o => matrix[q, q] > o) ? 1 : 0;
            ownQuestionFirst += Enumerable.Range(0, Cases.Count).Where(other => other != q).All(other => matrix[q, q] > matrix[other, q]) ? 1 : 0;
        }

        var scale = SimilarityScale.ForEngine(embedder.Engine);
        return new ContentAccuracyFigures(
            embedder.Engine,
            Cases.Count,
            on.Average(),
            off.Average(),
            on.Select(scale.Map).Average(),
            off.Select(scale.Map).Average(),
            wins / (double)off.Count,
            top1 / (double)Cases.Count,
            ownQuestionFirst / (double)Cases.Count,
            on.Min(),
            off.Max());
    }

    /// <summary>Markdown lines for docs/accuracy.md.</summary>
    public static IReadOnlyList<string> ToMarkdown(ContentAccuracyFigures f)
    {
        string N(double v) => v.ToString("0.000", CultureInfo.InvariantCulture);
        return
        [
            $"## Content relevance ({f.Engine}) on {f.Cases} reference transcripts",
            string.Empty,
            "Each question is paraphrased from one transcript's topic and scored against every transcript: its own (on-topic) and the others (off-topic).",
            string.Empty,
            "| measure | on-topic | off-topic | margin |",
            "|---|---:|---:|---:|",
            $"| mean cosine | {N(f.MeanOnTopicCosine)} | {N(f.MeanOffTopicCosine)} | {N(f.CosineMargin)} |",
            $"| mean relevance (0..1) | {N(f.MeanOnTopicRelevance)} | {N(f.MeanOffTopicRelevance)} | {N(f.RelevanceMargin)} |",
            $"| lowest on-topic / highest off-topic cosine | {N(f.MinOnTopicCosine)} | {N(f.MaxOffTopicCosine)} | |",
            string.Empty,
            $"Pairwise win rate (own answer above an off-topic one): {N(f.PairwiseWinRate)}; top-1 accuracy: {N(f.Top1Accuracy)}; own question ranked first: {N(f.OwnQuestionFirstRate)}.",
        ];
    }

    /// <summary>Markdown lines comparing engines on the same cases (docs/accuracy.md, the embedder choice).</summary>
    public static IReadOnlyList<string> ComparisonMarkdown(IReadOnlyList<ContentAccuracyFigures> engines)
    {
        string N(double v) => v.ToString("0.000", CultureInfo.InvariantCulture);
        return
        [
            $"## Content relevance by embedder on {Cases.Count} reference transcripts",
            string.Empty,
            "Cosines are raw (each engine has its own scale); relevance is the cosine mapped through the engine's calibration (EmbedderCalibration).",
            string.Empty,
            "| engine | on-topic cosine | off-topic cosine | margin | relevance margin (0..1) | lowest on / highest off | pairwise win rate | own answer first | own question first |",
            "|---|---:|---:|---:|---:|---|---:|---:|---:|",
            .. engines.Select(f =>
                $"| {f.Engine} | {N(f.MeanOnTopicCosine)} | {N(f.MeanOffTopicCosine)} | {N(f.CosineMargin)} | {N(f.RelevanceMargin)} | {N(f.MinOnTopicCosine)} / {N(f.MaxOffTopicCosine)} | {N(f.PairwiseWinRate)} | {N(f.Top1Accuracy)} | {N(f.OwnQuestionFirstRate)} |"),
        ];
    }
}

/// <summary>The figures of <see cref="ContentAccuracyReport"/>.</summary>
internal sealed record ContentAccuracyFigures(
    string Engine,
    int Cases,
    double MeanOnTopicCosine,
    double MeanOffTopicCosine,
    double MeanOnTopicRelevance,
    double MeanOffTopicRelevance,
    double PairwiseWinRate,
    double Top1Accuracy,
    double OwnQuestionFirstRate,
    double MinOnTopicCosine,
    double MaxOffTopicCosine)
{
    public double CosineMargin => MeanOnTopicCosine - MeanOffTopicCosine;

    public double RelevanceMargin => MeanOnTopicRelevance - MeanOffTopicRelevance;
}
