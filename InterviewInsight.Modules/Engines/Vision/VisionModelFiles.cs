namespace InterviewInsight.Modules.Engines.Vision;

/// <summary>File names of the vision models under the models folder (models/vision/...), checked before anything loads.</summary>
internal sealed class VisionModelFiles(string modelsDir)
{
    public const string BlazeFaceFile = "face_detection_front_128x128_barracuda.onnx";
    public const string YuNetFile = "yunet_n_320_320.onnx";
    public const string FaceLandmarkerFile = "face_landmarks_detector.tflite";
    public const string BlendshapesFile = "face_blendshapes.tflite";
    public const string FaceMeshV1File = "registry/face_landmark_v1.tflite";
    public const string IrisFile = "registry/iris_landmark_tfjs.onnx";
    public const string ExpressionFile = "emotion_faceapi_112.onnx";

    public string BlazeFace => Require(BlazeFaceFile);

    public string YuNet => Require(YuNetFile);

    public string FaceLandmarker => Require(FaceLandmarkerFile);

    public string Blendshapes => Require(BlendshapesFile);

    public string FaceMeshV1 => Require(FaceMeshV1File);

    public string Iris => Require(IrisFile);

    public string Expression => Require(ExpressionFile);

    /// <summary>Accepts either the models root (which holds vision/) or the vision folder itself.</summary>
    public string VisionDir { get; } = Directory.Exists(Path.Combine(modelsDir, "vision")) ? Path.Combine(modelsDir, "vision") : modelsDir;

    /// <summary>The two files each landmark path loads.</summary>
    public static IReadOnlyList<string> LandmarkFiles(LandmarkPath path) => path switch
    {
        LandmarkPath.LandmarkerV2 => [FaceLandmarkerFile, BlendshapesFile],
        LandmarkPath.FaceMeshV1 => [FaceMeshV1File, IrisFile],
        _ => throw new ArgumentOutOfRangeException(nameof(path), path, "Auto has no files of its own."),
    };

    /// <summary>True when both files of a landmark path are installed.</summary>
    public bool HasLandmarkSet(LandmarkPath path) => MissingOf(LandmarkFiles(path)).Count == 0;

    /// <summary>The complete landmark sets installed, the upgrade (Landmarker v2) first.</summary>
    public IReadOnlyList<LandmarkPath> InstalledLandmarkPaths() =>
        [.. new[] { LandmarkPath.LandmarkerV2, LandmarkPath.FaceMeshV1 }.Where(HasLandmarkSet)];

    /// <summary>
    /// The path that runs: a forced one as asked; Auto takes Landmarker v2 when both its files are installed, else FaceMesh v1
    /// (the registry set, which is also the one named when neither is complete).
    /// </summary>
    public LandmarkPath Resolve(LandmarkPath requested) =>
        requested != LandmarkPath.Auto ? requested
        : HasLandmarkSet(LandmarkPath.LandmarkerV2) ? LandmarkPath.LandmarkerV2
        : LandmarkPath.FaceMeshV1;

    /// <summary>
    /// What presence still needs with this detector and landmark choice (empty when it can run). With Auto and neither
    /// landmark set complete, one entry names both sets' missing files as alternatives.
    /// </summary>
    public IReadOnlyList<string> MissingForPresence(FaceDetectorKind detector, LandmarkPath requested = LandmarkPath.Auto)
    {
        var missing = MissingOf([DetectorFile(detector)]).ToList();
        if (requested != LandmarkPath.Auto)
        {
            return [.. missing, .. MissingOf(LandmarkFiles(requested))];
        }

        var v1 = MissingOf(LandmarkFiles(LandmarkPath.FaceMeshV1));
        var v2 = MissingOf(LandmarkFiles(LandmarkPath.LandmarkerV2));
        if (v1.Count > 0 && v2.Count > 0)
        {
            missing.Add($"{string.Join(" + ", v1)} (FaceMesh v1 + iris, from the registries) or {string.Join(" + ", v2)} (Face Landmarker v2 + blendshapes)");
        }

        return missing;
    }

    /// <summary>True when the expression model is installed (it runs only when expressions are enabled).</summary>
    public bool HasExpressionModel => File.Exists(Path.Combine(VisionDir, ExpressionFile));

    private List<string> MissingOf(IEnumerable<string> files) => [.. files.Where(f => !File.Exists(Path.Combine(VisionDir, f)))];

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
