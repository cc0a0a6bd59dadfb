using Microsoft.ML.OnnxRuntime;
using Microsoft.ML.OnnxRuntime.Tensors;
using OpenCvSharp;

namespace InterviewInsight.Modules.Engines.Vision.Detection;

/// <summary>
/// MediaPipe BlazeFace short-range through ONNX Runtime: NHWC RGB in [-1,1] on a 128x128 letterbox.
/// When the plain letterbox finds nothing it retries with a margin, because face-filling crops defeat the short-range anchors.
/// </summary>
internal sealed class BlazeFaceDetector : IFaceDetector, IDisposable
{
    private const int InputSize = 128;
    private static readonly double[] MarginsToTry = [0, 0.3];

    private readonly InferenceSession session;
    private readonly float scoreThreshold;
    private readonly string inputName;

    public BlazeFaceDetector(string modelPath, float scoreThreshold = 0.6f)
    {
        session = OnnxSessionFactory.Create(modelPath);
        inputName = session.InputMetadata.Keys.Single();
        this.scoreThreshold = scoreThreshold;
    }

    public string Name => "blazeface";

    public IReadOnlyList<FaceDetection> Detect(Mat bgrFrame)
    {
        foreach (var margin in MarginsToTry)
        {
            var faces = DetectWithMargin(bgrFrame, margin);
            if (faces.Count > 0)
            {
                return faces;
            }
        }

        return [];
    }

    public void Dispose() => session.Dispose();

    private List<FaceDetection> DetectWithMargin(Mat bgrFrame, double margin)
    {
        var letterbox = SquareLetterbox.For(bgrFrame.Size(), margin);
        var input = ToInputTensor(bgrFrame, letterbox);

        using var results = session.Run([NamedOnnxValue.CreateFromTensor(inputName, input)]);
        var byName = results.ToDictionary(r => r.Name, r => r.AsTensor<float>().ToArray());

        var candidates = BlazeFaceDecoder.Decode(byName["Identity:0"], byName["Identity_2:0"], 16, 2, this.scoreThreshold)
            .Concat(BlazeFaceDecoder.Decode(byName["Identity_1:0"], byName["Identity_3:0"], 8, 6, this.scoreThreshold))
            .Select(c => ToFrameDetection(c, letterbox));

        return [.. NonMaxSuppression.Apply(candidates, 0.3f)];
    }

    private static DenseTensor<float> ToInputTensor(Mat bgrFrame, SquareLetterbox letterbox)
    {
        using var padded = letterbox.Apply(bgrFrame);
        using var resized = padded.Resize(new Size(InputSize, InputSize), 0, 0, InterpolationFlags.Area);
        using var rgb = resized.CvtColor(ColorConversionCodes.BGR2RGB);
        rgb.GetArray(out Vec3b[] pixels);

        var tensor = new DenseTensor<float>([1, InputSize, InputSize, 3]);
        var buffer = tensor.Buffer.Span;
        for (var i = 0; i < pixels.Length; i++)
        {
            buffer[(i * 3) + 0] = (pixels[i].Item0 / 127.5f) - 1f;
            buffer[(i * 3) + 1] = (pixels[i].Item1 / 127.5f) - 1f;
            buffer[(i * 3) + 2] = (pixels[i].Item2 / 127.5f) - 1f;
        }

        return tensor;
    }

    private static FaceDetection ToFrameDetection(BlazeFaceDecoder.Candidate c, SquareLetterbox letterbox)
    {
        var topLeft = letterbox.ToFrame(c.CenterX - (c.Width / 2), c.CenterY - (c.Height / 2));
        var bottomRight = letterbox.ToFrame(c.CenterX + (c.Width / 2), c.CenterY + (c.Height / 2));
        return new FaceDetection(
            new Rect2f(topLeft.X, topLeft.Y, bottomRight.X - topLeft.X, bottomRight.Y - topLeft.Y),
            letterbox.ToFrame(c.ImageLeftEyeX, c.ImageLeftEyeY),
            letterbox.ToFrame(c.ImageRightEyeX, c.ImageRightEyeY),
            c.Score);
    }
}
