using InterviewInsight.Modules.Engines.Vision;
using InterviewInsight.Modules.Tooling.Accuracy.Vision;
using InterviewInsight.Tests.TestInfrastructure;

namespace InterviewInsight.Tests.Engines.Vision;

/// <summary>
/// Loads the vision models once and runs the accuracy pass over the shared media once per landmark path for all real-data
/// tests (about 20 s each on two cores), plus a temp folder for ffmpeg-made variants.
/// </summary>
public sealed class VisionFixture : IDisposable
{
    private readonly Lazy<VisionAccuracyFigures> figures;
    private readonly Lazy<VisionAccuracyFigures> faceMeshV1Figures;

    public VisionFixture()
    {
        Models = VisionModels.Shared(TestAssets.ModelsDir);
        Analyzer = new VisionAnalyzer(Models);
        TempDir = Directory.CreateTempSubdirectory("vision-tests-").FullName;
        figures = new Lazy<VisionAccuracyFigures>(() => VisionAccuracyReport.Measure(TestAssets.TestDataDir, TestAssets.ModelsDir));
        faceMeshV1Figures = new Lazy<VisionAccuracyFigures>(() =>
            VisionAccuracyReport.Measure(TestAssets.TestDataDir, TestAssets.ModelsDir, LandmarkPath.FaceMeshV1));
    }

    internal VisionModels Models { get; }

    internal VisionAnalyzer Analyzer { get; }

    internal string TempDir { get; }

    internal VisionAccuracyFigures Figures => figures.Value;

    /// <summary>The same accuracy pass on the registry-only landmark path (FaceMesh v1 + iris + mesh geometry).</summary>
    internal VisionAccuracyFigures FaceMeshV1Figures => faceMeshV1Figures.Value;

    public void Dispose() => Directory.Delete(TempDir, recursive: true);
}

[CollectionDefinition(Name)]
public sealed class VisionCollection : ICollectionFixture<VisionFixture>
{
    public const string Name = "Vision models and media";
}
