using Microsoft.ML.OnnxRuntime;
using Microsoft.ML.OnnxRuntime.Tensors;
using OpenCvSharp;

namespace InterviewInsight.Modules.Engines.Vision.Expressions;

/// <summary>
/// face-api.js FaceExpressionNet (converted to ONNX): a square crop around the face, zero-padded, resized to 112x112,
/// RGB as raw 0..255 floats in NCHW (mean subtraction is inside the graph). Seven classes, no "contempt".
/// </summary>
internal sealed class ExpressionClassifier : IDisposable
{
    private const int InputSize = 112;
    private readonly InferenceSession session;
    private readonly string inputName;

    public ExpressionClassifier(string modelPath)
    {
        session = OnnxSessionFactory.Create(modelPath);
        inputName = session.InputMetadata.Keys.Single();
    }

    /// <summary>Classifies the face inside <paramref name="faceBox"/> (image pixels) of a BGR frame.</summary>
    public ExpressionScores Classify(Mat bgrFrame, Rect2f faceBox)
    {
        using var crop = SquareCrop(bgrFrame, faceBox);
        return ClassifyCrop(crop);
    }

    /// <summary>Classifies an image that already is a face crop (e.g. a FER-2013 48x48 sample).</summary>
    public ExpressionScores ClassifyCrop(Mat bgrFaceCrop)
    {
        using var square = PadToSquare(bgrFaceCrop);
        using var resized = square.Resize(new Size(InputSize, InputSize), 0, 0, InterpolationFlags.Linear);
        using var rgb = resized.Channels() == 1 ? resized.CvtColor(ColorConversionCodes.GRAY2RGB) : resized.CvtColor(ColorConversionCodes.BGR2RGB);
        rgb.GetArray(out Vec3b[] pixels);

        var tensor = new DenseTensor<float>([1, 3, InputSize, InputSize]);
        var plane = InputSize * InputSize;
        var buffer = tensor.Buffer.Span;
        for (var i = 0; i < pixels.Length; i++)
        {
            buffer[i] = pixels[i].Item0;
            buffer[plane + i] = pixels[i].Item1;
            buffer[(2 * plane) + i] = pixels[i].Item2;
        }

        using var results = session.Run([NamedOnnxValue.CreateFromTensor(inputName, tensor)]);
        var probabilities = results.First().AsTensor<float>().ToArray();
        var shares = new Dictionary<string, float>(StringComparer.Ordinal);
        for (var i = 0; i < ExpressionScores.ModelLabels.Length; i++)
        {
            shares[ExpressionScores.ModelLabels[i]] = probabilities[i];
        }

        return new ExpressionScores(shares);
    }

    public void Dispose() => session.Dispose();

    /// <summary>A square of the box's long side around its centre; parts outside the frame become black, as face-api pads.</summary>
    private static Mat SquareCrop(Mat frame, Rect2f box)
    {
        var side = (int)Math.Round(Math.Max(box.Width, box.Height));
        var left = (int)Math.Round(box.X + (box.Width / 2) - (side / 2.0));
        var top = (int)Math.Round(box.Y + (box.Height / 2) - (side / 2.0));
        var inside = new Rect(left, top, side, side).Intersect(new Rect(0, 0, frame.Width, frame.Height));
        var crop = new Mat(side, side, frame.Type(), Scalar.Black);
        if (inside.Width > 0 && inside.Height > 0)
        {
            using var source = new Mat(frame, inside);
            using var target = new Mat(crop, new Rect(inside.X - left, inside.Y - top, inside.Width, inside.Height));
            source.CopyTo(target);
        }

        return crop;
    }

    private static Mat PadToSquare(Mat image)
    {
        var side = Math.Max(image.Width, image.Height);
        var padded = new Mat();
        Cv2.CopyMakeBorder(image, padded, 0, side - image.Height, 0, side - image.Width, BorderTypes.Constant, Scalar.Black);
        return padded;
    }
}
