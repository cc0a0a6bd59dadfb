using InterviewInsight.Modules.Engines.Vision;
using InterviewInsight.Modules.Tooling.Accuracy.Vision;
using InterviewInsight.Tests.TestInfrastructure;

namespace InterviewInsight.Tests.Engines.Vision;

/// <summary>
/// Loads the vision models once and runs the accuracy pass over the shared media once for all real-data tests
/// (about 20 s on two cores), plus a temp folder for ffmpeg-made variants.
/// </summary>
public sealed class VisionFixture : IDisposable
{
    private readonly Lazy<VisionAccuracyFigures> figures;

    public VisionFixture()
    {
        Models = VisionModels.Shared(TestAssets.ModelsDir);
        Analyzer = new VisionAnalyzer(Models);
        TempDir = Directory.CreateTempSubdirectory("vision-tests-").FullName;
        figures = new Lazy<VisionAccuracyFigures>(() => VisionAccuracyReport.Measure(TestAssets.TestDataDir, TestAssets.ModelsDir));
    }

    internal VisionModels Models { get; }

    internal VisionAnalyzer Analyzer { get; }

    internal string TempDir { get; }

    internal VisionAccuracyFigures Figures => figures.Value;

    public void Dispose() => Directory.Delete(TempDir, recursive: true);
}

[CollectionDefinition(Name)]
public sealed class VisionCollection : ICollectionFixture<VisionFixture>
{
    public const string Name = "Vision models and media";
}
