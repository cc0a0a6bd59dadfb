using InterviewInsight.Modules.Engines.Content;
using InterviewInsight.Modules.Engines.Content.Embeddings;
using InterviewInsight.Modules.Engines.Pipeline;
using InterviewInsight.Modules.Shared.Ai;
using InterviewInsight.Tests.Engines.Content;
using InterviewInsight.Tests.TestInfrastructure;
using Microsoft.Extensions.Logging;

namespace InterviewInsight.Tests.Engines.Pipeline;

/// <summary>Which embedder the analysis uses: MiniLM when installed, GloVe + SIF otherwise (no endpoint configured here).</summary>
public sealed class EmbedderSelectionTests
{
    private static readonly string[] GloveFiles = ["text/glove.6B.100d.top200k.f16.bin", "text/glove.6B.100d.top200k.vocab.txt"];

    [Fact]
    public async Task Given_models_folder_without_minilm_When_analysing_an_answer_Then_glove_is_used_named_in_the_result_and_the_missing_files_logged()
    {
        // Arrange: a models folder holding GloVe only (links to the shared files)
        var models = Directory.CreateTempSubdirectory("ii-no-minilm-").FullName;
        Directory.CreateDirectory(Path.Combine(models, "text"));
        foreach (var file in GloveFiles)
        {
            File.CreateSymbolicLink(Path.Combine(models, file), TestAssets.Model(file));
        }

        var logger = new ListLogger();
        using var engines = new AnalysisEngines(models, new AiOptions(), null, logger);

        // Act
        var content = await new ContentAnalyzer(engines.Embedder, ContentTestModels.Vader)
            .AnalyzeAsync(new AnswerContentRequest("q1", SampleAnswers.Question, SampleAnswers.Words(SampleAnswers.Star), 0, 40), CancellationToken.None);

        // Assert
        content.Engine.ShouldBe("glove-6b-100d-sif");
        content.Relevance!.Ceiling.ShouldBe(EmbedderCalibration.Glove.Relevance.Ceiling);
        logger.Messages.ShouldContain(m => m.Contains("all-MiniLM-L6-v2.onnx", StringComparison.Ordinal) && m.Contains("vocab.txt", StringComparison.Ordinal));
    }

    [Fact]
    public void Given_models_folder_with_minilm_When_selecting_Then_minilm_is_the_embedder()
    {
        // Arrange
        _ = ContentTestModels.MiniLm();
        var logger = new ListLogger();
        using var engines = new AnalysisEngines(TestAssets.ModelsDir, new AiOptions(), null, logger);

        // Act
        var engine = engines.Embedder.Engine;

        // Assert
        engine.ShouldBe(MiniLmEmbedder.EngineName);
        logger.Messages.ShouldContain(m => m.Contains(MiniLmEmbedder.EngineName, StringComparison.Ordinal));
    }

    [Fact]
    public void Given_a_damaged_minilm_file_When_selecting_Then_glove_is_used_and_the_failure_is_logged()
    {
        // Arrange: GloVe linked in, and MiniLM files present but not a model (a download cut short)
        var models = Directory.CreateTempSubdirectory("ii-bad-minilm-").FullName;
        Directory.CreateDirectory(Path.Combine(models, "text", "minilm"));
        foreach (var file in GloveFiles)
        {
            File.CreateSymbolicLink(Path.Combine(models, file), TestAssets.Model(file));
        }

        foreach (var file in MiniLmEmbedder.Files)
        {
            File.WriteAllText(Path.Combine(models, file), "not a model");
        }

        var logger = new ListLogger();

        try
        {
            // Act
            using var engines = new AnalysisEngines(models, new AiOptions(), null, logger);
            var engine = engines.Embedder.Engine;

            // Assert
            engine.ShouldBe("glove-6b-100d-sif");
            logger.Messages.ShouldContain(m => m.Contains("does not load", StringComparison.Ordinal));
        }
        finally
        {
            Directory.Delete(models, recursive: true);
        }
    }

    private sealed class ListLogger : ILogger<AnalysisEngines>
    {
        public List<string> Messages { get; } = [];

        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            Messages.Add(formatter(state, exception));
    }
}
