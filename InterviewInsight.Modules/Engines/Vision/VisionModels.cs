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

    private readonly VisionModelFiles files = new(modelsDir);
    private readonly Lazy<BlazeFaceDetector> blazeFace = new(() => new BlazeFaceDetector(new VisionModelFiles(modelsDir).BlazeFace));
    private readonly Lazy<YuNetDetector> yuNet = new(() => new YuNetDetector(new VisionModelFiles(modelsDir).YuNet));
    private readonly Lazy<FaceLandmarker> landmarker = new(() => new FaceLandmarker(new VisionModelFiles(modelsDir).FaceLandmarker));
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

    public FaceLandmarker Landmarker => landmarker.Value;

    public BlendshapeModel Blendshapes => blendshapes.Value;

    public ExpressionClassifier Expressions => expressions.Value;

    public void Dispose()
    {
        DisposeIfCreated(blazeFace);
        DisposeIfCreated(yuNet);
        DisposeIfCreated(landmarker);
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
