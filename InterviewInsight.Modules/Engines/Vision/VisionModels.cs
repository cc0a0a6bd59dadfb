using System.Collections.Concurrent;
using InterviewInsight.Modules.Engines.Vision.Detection;
using InterviewInsight.Modules.Engines.Vision.Expressions;
using InterviewInsight.Modules.Engines.Vision.Landmarks;
using InterviewInsight.Modules.Engines.Vision.Shapes;

namespace InterviewInsight.Modules.Engines.Vision;

/// <summary>
/// Owns every vision model, each loaded once per process on first use (register as a singleton, or use <see cref="Shared"/>).
/// Model files are checked when a model is first needed and a missing one throws naming the file.
/// </summary>
internal sealed class VisionModels(string modelsDir) : IDisposable
{
    private static readonly ConcurrentDictionary<string, VisionModels> SharedByDirectory = new(StringComparer.Ordinal);

    private readonly VisionModelFiles files = new(modelsDir);
    private readonly Lazy<BlazeFaceDetector> blazeFace = new(() => new BlazeFaceDetector(new VisionModelFiles(modelsDir).BlazeFace));
    private readonly Lazy<YuNetDetector> yuNet = new(() => new YuNetDetector(new VisionModelFiles(modelsDir).YuNet));
    private readonly Lazy<FaceLandmarker> landmarker = new(() => new FaceLandmarker(new VisionModelFiles(modelsDir).FaceLandmarker));
    private readonly Lazy<FaceMeshV1Landmarker> faceMeshV1 = new(() =>
    {
        var files = new VisionModelFiles(modelsDir);
        return new FaceMeshV1Landmarker(files.FaceMeshV1, files.Iris);
    });
    private readonly Lazy<BlendshapeModel> blendshapes = new(() => new BlendshapeModel(new VisionModelFiles(modelsDir).Blendshapes));
    private readonly Lazy<ExpressionClassifier> expressions = new(() => new ExpressionClassifier(new VisionModelFiles(modelsDir).Expression));

    public static VisionModels Shared(string modelsDir) =>
        SharedByDirectory.GetOrAdd(Path.GetFullPath(modelsDir), dir => new VisionModels(dir));

    public string VisionDir => this.files.VisionDir;

    public IFaceDetector Detector(FaceDetectorKind kind) => kind switch
    {
        FaceDetectorKind.BlazeFace => blazeFace.Value,
        FaceDetectorKind.YuNet => yuNet.Value,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown face detector."),
    };

    /// <summary>The landmark path <paramref name="requested"/> stands for with the files installed now (Auto resolved).</summary>
    public LandmarkPath Resolve(LandmarkPath requested) => this.files.Resolve(requested);

    /// <summary>The models of the landmark path <paramref name="requested"/> resolves to.</summary>
    public LandmarkModels LandmarkModels(LandmarkPath requested)
    {
        var path = Resolve(requested);
        return new LandmarkModels(path, Landmarker(path), ShapeReader(path));
    }

    /// <summary>The mesh model of a resolved path: Face Landmarker v2, or FaceMesh v1 with the iris model.</summary>
    public ILandmarker Landmarker(LandmarkPath path) => path switch
    {
        LandmarkPath.LandmarkerV2 => landmarker.Value,
        LandmarkPath.FaceMeshV1 => faceMeshV1.Value,
        _ => throw new ArgumentOutOfRangeException(nameof(path), path, "Resolve Auto first."),
    };

    /// <summary>The face measures of a resolved path: the blendshape model, or geometry on the mesh.</summary>
    public IFaceShapeReader ShapeReader(LandmarkPath path) => path switch
    {
        LandmarkPath.LandmarkerV2 => blendshapes.Value,
        LandmarkPath.FaceMeshV1 => MeshShapeReader.Instance,
        _ => throw new ArgumentOutOfRangeException(nameof(path), path, "Resolve Auto first."),
    };

    public ExpressionClassifier Expressions => expressions.Value;

    public void Dispose()
    {
        DisposeIfCreated(blazeFace);
        DisposeIfCreated(yuNet);
        DisposeIfCreated(landmarker);
        DisposeIfCreated(faceMeshV1);
        DisposeIfCreated(blendshapes);
        DisposeIfCreated(expressions);
    }

    private static void DisposeIfCreated<T>(Lazy<T> model)
        where T : IDisposable
    {
        if (model.IsValueCreated)
        {
            model.Value.Dispose();
        }
    }
}
