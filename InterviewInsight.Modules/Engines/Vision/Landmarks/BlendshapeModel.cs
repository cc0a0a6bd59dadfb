using InterviewInsight.Modules.Engines.Vision.Shapes;
using OpenCvSharp;
using OpenCvSharp.Dnn;

namespace InterviewInsight.Modules.Engines.Vision.Landmarks;

/// <summary>
/// MediaPipe's blendshape model (.tflite through OpenCV dnn). Input: 146 selected v2 landmarks in original image pixels
/// (the model centres and scales them itself). Output: 52 sigmoid scores.
/// </summary>
internal sealed class BlendshapeModel : IFaceShapeReader, IDisposable
{
    private static readonly int[] InputLandmarks =
    [
        0, 1, 4, 5, 6, 7, 8, 10, 13, 14, 17, 21, 33, 37, 39, 40, 46, 52, 53, 54, 55, 58, 61, 63, 65, 66, 67, 70, 78, 80, 81, 82,
        84, 87, 88, 91, 93, 95, 103, 105, 107, 109, 127, 132, 133, 136, 144, 145, 146, 148, 149, 150, 152, 153, 154, 155, 157,
        158, 159, 160, 161, 162, 163, 168, 172, 173, 176, 178, 181, 185, 191, 195, 197, 234, 246, 249, 251, 263, 267, 269, 270,
        276, 282, 283, 284, 285, 288, 291, 293, 295, 296, 297, 300, 308, 310, 311, 312, 314, 317, 318, 321, 323, 324, 332, 334,
        336, 338, 356, 361, 362, 365, 373, 374, 375, 377, 378, 379, 380, 381, 382, 384, 385, 386, 387, 388, 389, 390, 397, 398,
        400, 402, 405, 409, 415, 454, 466, 468, 469, 470, 471, 472, 473, 474, 475, 476, 477,
    ];

    private readonly Net net;
    private readonly Lock gate = new();

    public BlendshapeModel(string modelPath)
    {
        net = CvDnn.ReadNet(modelPath);
        if (net.Empty())
        {
            throw new InvalidOperationException($"OpenCV dnn could not load the blendshape model '{modelPath}'.");
        }
    }

    public Blendshapes Run(FaceLandmarks landmarks)
    {
        var values = new float[InputLandmarks.Length * 2];
        for (var i = 0; i < InputLandmarks.Length; i++)
        {
            values[i * 2] = landmarks.Points[InputLandmarks[i]].X;
            values[(i * 2) + 1] = landmarks.Points[InputLandmarks[i]].Y;
        }

        // Mat.SetArray silently ignores n-dimensional mats; FromPixelData wraps the array with the [1,146,2] shape.
        using var input = Mat.FromPixelData([1, InputLandmarks.Length, 2], MatType.CV_32F, values);
        float[] scores;
        lock (gate)
        {
            net.SetInput(input);
            using var output = net.Forward("StatefulPartitionedCall:0");
            output.Reshape(1, 1).GetArray(out scores);
        }

        var byName = new Dictionary<string, float>(Blendshapes.Names.Length, StringComparer.Ordinal);
        for (var i = 0; i < Blendshapes.Names.Length; i++)
        {
            byName[Blendshapes.Names[i]] = scores[i];
        }

        return new Blendshapes(byName);
    }

    public IFaceShapeScores Read(FaceLandmarks landmarks) => Run(landmarks);

    public void Dispose() => net.Dispose();
}
