using InterviewInsight.Modules.Engines.Content.Embeddings;
using InterviewInsight.Modules.Engines.Content.Sentiment;
using InterviewInsight.Tests.TestInfrastructure;

namespace InterviewInsight.Tests.Engines.Content;

/// <summary>The real text models from the shared models folder, loaded once per test run.</summary>
internal static class ContentTestModels
{
    private static readonly Lazy<VaderSentiment> LazyVader = new(() => VaderSentiment.Load(TestAssets.Model("text/vader_lexicon.txt")));

    /// <summary>The models folder, after checking that the GloVe files are there (fails loudly otherwise).</summary>
    public static string ModelsDir
    {
        get
        {
            _ = TestAssets.Model("text/glove.6B.100d.top200k.f16.bin");
            _ = TestAssets.Model("text/glove.6B.100d.top200k.vocab.txt");
            return TestAssets.ModelsDir;
        }
    }

    public static VaderSentiment Vader => LazyVader.Value;

    public static GloveSifEmbedder Glove() => new(ModelsDir);

    /// <summary>MiniLM from the models folder, after checking that its files are there (fails loudly otherwise).</summary>
    public static MiniLmEmbedder MiniLm()
    {
        foreach (var file in MiniLmEmbedder.Files)
        {
            _ = TestAssets.Model(file);
        }

        return new MiniLmEmbedder(TestAssets.ModelsDir);
    }
}
