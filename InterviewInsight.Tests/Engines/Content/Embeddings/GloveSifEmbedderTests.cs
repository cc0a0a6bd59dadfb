using InterviewInsight.Modules.Engines.Content.Embeddings;

namespace InterviewInsight.Tests.Engines.Content.Embeddings;

/// <summary>GloVe+SIF with the real 200k-word table from the shared models folder.</summary>
public sealed class GloveSifEmbedderTests
{
    [Fact]
    public async Task Given_question_When_embedding_on_and_off_topic_answers_Then_on_topic_answer_is_closer()
    {
        // Arrange
        var embedder = ContentTestModels.Glove();

        // Act
        var onTopic = await embedder.EmbedAsync([SampleAnswers.Question, SampleAnswers.Star], CancellationToken.None);
        var offTopic = await embedder.EmbedAsync([SampleAnswers.Question, SampleAnswers.OffTopic], CancellationToken.None);

        // Assert
        onTopic[0].Length.ShouldBe(100);
        VectorMath.Cosine(onTopic[0], onTopic[1]).ShouldBeGreaterThan(VectorMath.Cosine(offTopic[0], offTopic[1]) + 0.1);
    }

    [Fact]
    public async Task Given_same_sentences_When_embedding_twice_Then_vectors_are_identical()
    {
        // Arrange
        var sentences = new[] { "I led the migration to Kubernetes.", "We cut costs by 20 percent.", "The team shipped on time.", "Customers noticed.", "It was hard." };

        // Act
        var first = await ContentTestModels.Glove().EmbedAsync(sentences, CancellationToken.None);
        var second = await new GloveSifEmbedder(ContentTestModels.ModelsDir).EmbedAsync(sentences, CancellationToken.None);

        // Assert
        first.Length.ShouldBe(5);
        for (var i = 0; i < first.Length; i++)
        {
            first[i].ShouldBe(second[i]);
        }
    }

    [Fact]
    public async Task Given_batch_of_five_When_embedding_Then_batch_component_is_removed_but_single_calls_are_untouched()
    {
        // Arrange
        var sentences = new[] { "I wrote the tests.", "We deployed on Friday.", "The database was slow.", "I added an index.", "Queries got faster." };
        var embedder = ContentTestModels.Glove();
        var noBatchRemoval = new GloveSifEmbedder(ContentTestModels.ModelsDir, principalComponentMinSentences: int.MaxValue);

        // Act
        var batch = await embedder.EmbedAsync(sentences, CancellationToken.None);
        var alone = await embedder.EmbedAsync([sentences[0]], CancellationToken.None);
        var unchanged = await noBatchRemoval.EmbedAsync(sentences, CancellationToken.None);

        // Assert
        embedder.BatchDependent.ShouldBeTrue();
        noBatchRemoval.BatchDependent.ShouldBeFalse();
        unchanged[0].ShouldBe(alone[0]);
        VectorMath.Cosine(batch[0], alone[0]).ShouldBeLessThan(0.999);
    }

    [Fact]
    public async Task Given_sentence_without_known_words_When_embedding_Then_vector_is_zero_and_cosine_is_zero()
    {
        // Act
        var vectors = await ContentTestModels.Glove().EmbedAsync(["qqqxz zzkkw", "The team shipped it."], CancellationToken.None);

        // Assert
        vectors[0].ShouldAllBe(v => v == 0f);
        VectorMath.Cosine(vectors[0], vectors[1]).ShouldBe(0);
    }

    [Fact]
    public void Given_contractions_When_tokenising_Then_they_split_the_way_the_table_spells_them()
    {
        // Act
        var tokens = GloveSifEmbedder.Tokens("I don't think it's BROKEN", _ => false).ToList();

        // Assert
        tokens.ShouldBe(["i", "do", "nt", "think", "it", "s", "broken"]);
    }

    [Fact]
    public async Task Given_missing_model_folder_When_embedding_Then_it_names_the_missing_file()
    {
        // Arrange
        var embedder = new GloveSifEmbedder(Path.Combine(Path.GetTempPath(), "no-models-" + Guid.NewGuid().ToString("N")));

        // Act
        var error = await Should.ThrowAsync<FileNotFoundException>(() => embedder.EmbedAsync(["hello"], CancellationToken.None));

        // Assert
        error.Message.ShouldContain("glove.6B.100d.top200k.f16.bin");
    }
}
