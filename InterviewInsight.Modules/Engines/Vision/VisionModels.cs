using System.Collections.Concurrent;
using InterviewInsight.Modules.Engines.Vision.Detection;
using InterviewInsight.Modules.Engines.Vision.Expressions;
using InterviewInsight.Modules.Engines.Vision.Landmarks;

namespace InterviewInsight.Modules.Engines.Vision;

/// <summary>
/// Owns every vision model, each loaded once per process on first use (register as a singleton, or use <see cref="Shared"/>).
/// Model files are checked when a model is first needed and a missing one throws naming the file.
/// </summary>
internal sealed class VisionModels(string modelsDir) : IDisposable
{
    private static readonly ConcurrentDictionary<string, VisionModels> SharedByDirectory = new(StringComparer.Ordinal);

    private readonly VisionModelFiles _files = new(modelsDir);
    private readonly Lazy<BlazeFaceDetector> _blazeFace = new(() => new BlazeFaceDetector(new VisionModelFiles(modelsDir).BlazeFace));
    private readonly Lazy<YuNetDetector> _yuNet = new(() => new YuNetDetector(new VisionModelFiles(modelsDir).YuNet));
    private readonly Lazy<FaceLandmarker> _landmarker = new(() => new FaceLandmarker(new VisionModelFiles(modelsDir).FaceLandmarker));
    private readonly Lazy<BlendshapeModel> _blendshapes = new(() => new BlendshapeModel(new VisionModelFiles(modelsDir).Blendshapes));
    private readonly Lazy<ExpressionClassifier> _expressions = new(() => new ExpressionClassifier(new VisionModelFiles(modelsDir).Expression));

    public static VisionModels Shared(string modelsDir) =>
        SharedByDirectory.GetOrAdd(Path.GetFullPath(modelsDir), dir => new VisionModels(dir));

    public string VisionDir => _files.VisionDir;

    public IFaceDetector Detector(FaceDetectorKind kind) => kind switch
    {
        FaceDetectorKind.BlazeFace => _blazeFace.Value,
        FaceDetectorKind.YuNet => _yuNet.Value,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown face detector."),
    };

    public FaceLandmarker Landmarker => _landmarker.Value;

    public BlendshapeModel Blendshapes => _blendshapes.Value;

    public ExpressionClassifier Expressions => _expressions.Value;

    public void Dispose()
    {
        DisposeIfCreated(_blazeFace);
        DisposeIfCreated(_yuNet);
        DisposeIfCreated(_landmarker);
        DisposeIfCreated(_blendshapes);
        DisposeIfCreated(_expressions);
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
