namespace InterviewInsight.Modules.Engines.Vision;

/// <summary>File names of the vision models under the models folder (models/vision/...), checked before anything loads.</summary>
internal sealed class VisionModelFiles(string modelsDir)
{
    public string BlazeFace => Require("face_detection_front_128x128_barracuda.onnx");

    public string YuNet => Require("yunet_n_320_320.onnx");

    public string FaceLandmarker => Require("face_landmarks_detector.tflite");

    public string Blendshapes => Require("face_blendshapes.tflite");

    public string Expression => Require("emotion_faceapi_112.onnx");

    /// <summary>Accepts either the models root (which holds vision/) or the vision folder itself.</summary>
    public string VisionDir { get; } = Directory.Exists(Path.Combine(modelsDir, "vision")) ? Path.Combine(modelsDir, "vision") : modelsDir;

    private string Require(string fileName)
    {
        var path = Path.Combine(VisionDir, fileName);
        return File.Exists(path)
            ? path
            : throw new FileNotFoundException($"Vision model '{fileName}' is missing from '{VisionDir}'.", path);
    }
}
