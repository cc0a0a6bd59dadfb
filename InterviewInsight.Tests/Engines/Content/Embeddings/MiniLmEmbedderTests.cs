using InterviewInsight.Modules.Engines.Content;
using InterviewInsight.Modules.Engines.Content.Embeddings;

namespace InterviewInsight.Tests.Engines.Content.Embeddings;

/// <summary>all-MiniLM-L6-v2 with the real model and vocabulary from the shared models folder.</summary>
public sealed class MiniLmEmbedderTests
{
    [Fact]
    public async Task Given_the_sbert_reference_sentences_When_embedded_Then_the_cosines_match_the_reference_values()
    {
        // Arrange: sbert.net's example and its published similarities (../shared/notes/model-sourcing.md)
        var embedder = ContentTestModels.MiniLm();

        // Act
        var vectors = await embedder.EmbedAsync(["The weather is lovely today.", "It's so sunny outside!", "He drove to the stadium."], CancellationToken.None);

        // Assert
        vectors.ShouldAllBe(v => v.Length == 384);
        vectors.ShouldAllBe(v => Math.Abs(Math.Sqrt(v.Sum(x => (double)x * x)) - 1) < 1e-5);
        VectorMath.Cosine(vectors[0], vectors[1]).ShouldBe(0.6660, tolerance: 0.0005);
        VectorMath.Cosine(vectors[0], vectors[2]).ShouldBe(0.1046, tolerance: 0.0005);
        VectorMath.Cosine(vectors[1], vectors[2]).ShouldBe(0.1411, tolerance: 0.0005);
    }

    [Fact]
    public async Task Given_a_sentence_When_embedded_alone_and_in_a_batch_Then_its_vector_is_the_same()
    {
        // Arrange
        var embedder = ContentTestModels.MiniLm();

        // Act
        var alone = await embedder.EmbedAsync([SampleAnswers.Question], CancellationToken.None);
        var batch = await embedder.EmbedAsync([SampleAnswers.Star, SampleAnswers.Question, SampleAnswers.OffTopic], CancellationToken.None);

        // Assert
        ((IEmbedder)embedder).BatchDependent.ShouldBeFalse();
        batch[1].ShouldBe(alone[0]);
    }

    [Fact]
    public async Task Given_a_text_longer_than_the_model_window_When_embedded_Then_it_is_truncated_not_rejected()
    {
        // Arrange: about 600 word pieces, more than the 256 the model takes
        var embedder = ContentTestModels.MiniLm();
        var text = string.Join(' ', Enumerable.Repeat(SampleAnswers.Star, 6));

        // Act
        var vectors = await embedder.EmbedAsync([text, SampleAnswers.Star], CancellationToken.None);

        // Assert
        VectorMath.Cosine(vectors[0], vectors[1]).ShouldBeGreaterThan(0.8);
    }

    [Fact]
    public async Task Given_question_When_analysing_on_and_off_topic_answers_with_minilm_Then_the_on_topic_answer_is_more_relevant()
    {
        // Arrange
        var analyzer = new ContentAnalyzer(ContentTestModels.MiniLm(), ContentTestModels.Vader);

        // Act
        var on = await analyzer.AnalyzeAsync(new AnswerContentRequest("q1", SampleAnswers.Question, SampleAnswers.Words(SampleAnswers.Star), 0, 40), CancellationToken.None);
        var vague = await analyzer.AnalyzeAsync(new AnswerContentRequest("q2", SampleAnswers.Question, SampleAnswers.Words(SampleAnswers.Vague), 0, 20), CancellationToken.None);
        var off = await analyzer.AnalyzeAsync(new AnswerContentRequest("q3", SampleAnswers.Question, SampleAnswers.Words(SampleAnswers.OffTopic), 0, 20), CancellationToken.None);

        // Assert
        on.Engine.ShouldBe(MiniLmEmbedder.EngineName);
        on.Relevance!.Floor.ShouldBe(EmbedderCalibration.MiniLm.Relevance.Floor);
        on.Relevance.Cosine.ShouldBeGreaterThan(vague.Relevance!.Cosine);
        vague.Relevance.Cosine.ShouldBeGreaterThan(off.Relevance!.Cosine);
        on.Relevance.Value.ShouldBeGreaterThan(0.5);
        off.Relevance.Value.ShouldBe(0);
    }
}
