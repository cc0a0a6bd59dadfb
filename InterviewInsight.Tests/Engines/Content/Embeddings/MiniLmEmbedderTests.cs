using InterviewInsight.Modules.Engines.Content;
using InterviewInsight.Modules.Engines.Content.Embeddings;
using InterviewInsight.Tests.TestInfrastructure;

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
    public async Task Given_long_answers_ending_on_and_off_topic_When_embedded_Then_the_on_topic_ending_still_counts()
    {
        // Arrange: the same small talk, about 300 word pieces (more than the 254 one run takes), then a different end
        var embedder = ContentTestModels.MiniLm();
        var smallTalk = string.Join(' ', Enumerable.Repeat(SampleAnswers.OffTopic, 12));
        var endsOnTopic = smallTalk + " " + SampleAnswers.Star;
        var endsOffTopic = smallTalk + " " + SampleAnswers.Vague;

        // Act
        var vectors = await embedder.EmbedAsync([SampleAnswers.Question, endsOnTopic, endsOffTopic], CancellationToken.None);

        // Assert: truncated to the first 254 pieces, both would be the same small talk and score the same
        Math.Sqrt(vectors[1].Sum(x => (double)x * x)).ShouldBe(1, tolerance: 1e-5);
        VectorMath.Cosine(vectors[0], vectors[1]).ShouldBeGreaterThan(VectorMath.Cosine(vectors[0], vectors[2]) + 0.05);
    }

    [Fact]
    public async Task Given_two_models_folders_in_one_process_When_embedding_Then_each_folder_loads_its_own_model()
    {
        // Arrange: a second folder, empty at first, then holding links to the real files
        var real = ContentTestModels.MiniLm();
        var expected = real.Embed(SampleAnswers.Question);
        var other = Directory.CreateTempSubdirectory("minilm-folder-");
        try
        {
            // Act + Assert: the empty folder is not served the model already loaded from the real one
            Should.Throw<FileNotFoundException>(() => new MiniLmEmbedder(other.FullName).EnsureLoaded());
            real.Embed(SampleAnswers.Question).ShouldBe(expected);

            foreach (var file in MiniLmEmbedder.Files)
            {
                var link = Path.Combine(other.FullName, file);
                Directory.CreateDirectory(Path.GetDirectoryName(link)!);
                File.CreateSymbolicLink(link, Path.Combine(TestAssets.ModelsDir, file));
            }

            MiniLmEmbedder.Forget(other.FullName);
            var vectors = await new MiniLmEmbedder(other.FullName).EmbedAsync([SampleAnswers.Question], CancellationToken.None);
            vectors[0].ShouldBe(expected);
        }
        finally
        {
            MiniLmEmbedder.Forget(other.FullName);
            other.Delete(recursive: true);
        }
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
