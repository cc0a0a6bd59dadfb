namespace InterviewInsight.Modules.Engines.Vision;

/// <summary>File names of the vision models under the models folder (models/vision/...), checked before anything loads.</summary>
internal sealed class VisionModelFiles(string modelsDir)
{
    public const string BlazeFaceFile = "face_detection_front_128x128_barracuda.onnx";
    public const string YuNetFile = "yunet_n_320_320.onnx";
    public const string FaceLandmarkerFile = "face_landmarks_detector.tflite";
    public const string BlendshapesFile = "face_blendshapes.tflite";
    public const string ExpressionFile = "emotion_faceapi_112.onnx";

    public string BlazeFace => Require(BlazeFaceFile);

    public string YuNet => Require(YuNetFile);

    public string FaceLandmarker => Require(FaceLandmarkerFile);

    public string Blendshapes => Require(BlendshapesFile);

    public string Expression => Require(ExpressionFile);

    /// <summary>Accepts either the models root (which holds vision/) or the vision folder itself.</summary>
    public string VisionDir { get; } = Directory.Exists(Path.Combine(modelsDir, "vision")) ? Path.Combine(modelsDir, "vision") : modelsDir;

    /// <summary>The files the per-frame pipeline loads with this detector (detector, landmarker, blendshapes) that are not installed.</summary>
    public IReadOnlyList<string> MissingForPresence(FaceDetectorKind detector) =>
        [.. new[] { DetectorFile(detector), FaceLandmarkerFile, BlendshapesFile }.Where(f => !File.Exists(Path.Combine(VisionDir, f)))];

    /// <summary>True when the expression model is installed (it runs only when expressions are enabled).</summary>
    public bool HasExpressionModel => File.Exists(Path.Combine(VisionDir, ExpressionFile));

    private static string DetectorFile(FaceDetectorKind detector) => detector switch
    {
        FaceDetectorKind.BlazeFace => BlazeFaceFile,
        FaceDetectorKind.YuNet => YuNetFile,
        _ => throw new ArgumentOutOfRangeException(nameof(detector), detector, "Unknown face detector."),
    };

    private string Require(string fileName)
    {
        var path = Path.Combine(VisionDir, fileName);
        return File.Exists(path)
            ? path
            : throw new FileNotFoundException($"Vision model '{fileName}' is missing from '{VisionDir}'.", path);
    }
}
