using System.Globalization;
using InterviewInsight.Modules.Engines.Models.Onnx;

namespace InterviewInsight.Modules.Engines.Models.Tfjs;

/// <summary>
/// face-api.js's FaceExpressionNet built as ONNX from its weights manifest: input [1,3,112,112] RGB 0-255, minus
/// mean_rgb, times 1/255; four dense blocks (dense0 starts with a plain 3×3 stride-2 convolution, the others with a
/// depthwise-separable one; each block adds every earlier output of the block before its ReLU); 7×7 average pool,
/// the fully connected layer and a softmax → "probs" [1,7]. Nodes have no names; tensor names come from one counter
/// ("conv_1", "W_2", "B_3", "relu_4", ...). SAME pads: 3×3 stride 2 → [0,0,1,1], 3×3 stride 1 → [1,1,1,1], 1×1 → 0.
/// </summary>
internal sealed class FaceApiExpressionNet
{
    private const string ProducerName = "face-api.js weights rebuilt as ONNX (manual)";
    private static readonly float[] MeanRgb = [122.782f, 117.001f, 104.298f];

    private readonly TfjsWeights weights;
    private readonly OnnxGraph graph = new("face_api_expression_net");
    private int counter;

    private FaceApiExpressionNet(TfjsWeights weights) => this.weights = weights;

    public static OnnxModel Build(TfjsWeights weights)
    {
        var net = new FaceApiExpressionNet(weights);
        var g = net.graph;
        g.Inputs.Add(new OnnxValueInfo("input", [1, 3, 112, 112]));
        g.Add(OnnxTensor.Floats("mean_rgb", [1, 3, 1, 1], MeanRgb));
        g.Add(OnnxTensor.Floats("inv255", [1], [(float)(1 / 255.0)]));
        g.Add(new OnnxNode(null, "Sub", ["input", "mean_rgb"], "centered"));
        g.Add(new OnnxNode(null, "Mul", ["centered", "inv255"], "norm"));
        var x = "norm";
        for (var block = 0; block < 4; block++)
        {
            x = net.DenseBlock(x, $"dense{block}", firstBlock: block == 0);
        }

        g.Add(new OnnxNode(null, "AveragePool", [x], "pooled", OnnxAttribute.Of("kernel_shape", 7, 7), OnnxAttribute.Of("strides", 2, 2)));
        g.Add(new OnnxNode(null, "Flatten", ["pooled"], "feat", OnnxAttribute.Of("axis", 1L)));
        var fcWeights = weights["fc/weights"]; // [256,7]: Gemm's B as it is
        g.Add(OnnxTensor.Floats("fc_w", [.. fcWeights.Shape.Select(d => (long)d)], fcWeights.Floats));
        g.Add(OnnxTensor.Floats("fc_b", [7], weights["fc/bias"].Floats));
        g.Add(new OnnxNode(null, "Gemm", ["feat", "fc_w", "fc_b"], "logits"));
        g.Add(new OnnxNode(null, "Softmax", ["logits"], "probs", OnnxAttribute.Of("axis", 1L)));
        g.Outputs.Add(new OnnxValueInfo("probs", [1, 7]));
        return new OnnxModel(6, ProducerName, 11, g);
    }

    /// <summary>face-api's denseBlock4: out1..out4, each later convolution's input the ReLU of the sum of the earlier outputs.</summary>
    private string DenseBlock(string x, string prefix, bool firstBlock)
    {
        var out1 = firstBlock ? PlainConv(x, prefix + "/conv0") : SeparableConv(x, prefix + "/conv0", stride: 2);
        List<string> outputs = [Relu(out1)];
        var input = outputs[0];
        for (var i = 1; i <= 3; i++)
        {
            outputs.Add(SeparableConv(input, $"{prefix}/conv{i}", stride: 1));
            // relu(out1 + (out2 + (out3 + out4))): the sum nests from the newest output outwards.
            var sum = outputs[^1];
            for (var j = outputs.Count - 2; j >= 0; j--)
            {
                sum = Add(outputs[j], sum);
            }

            input = Relu(sum);
        }

        return input;
    }

    private string PlainConv(string x, string prefix)
    {
        var output = Next("conv");
        var w = Filter(prefix + "/filters", TensorLayout.ConvFilter);
        var b = Bias(prefix + "/bias");
        graph.Add(new OnnxNode(null, "Conv", [x, w, b], output, ConvAttributes(1, 3, 2)));
        return output;
    }

    private string SeparableConv(string x, string prefix, int stride)
    {
        var depthwise = Next("conv");
        var dw = Filter(prefix + "/depthwise_filter", TensorLayout.DepthwiseFilter);
        var channels = weights[prefix + "/depthwise_filter"].Shape[2];
        graph.Add(new OnnxNode(null, "Conv", [x, dw], depthwise, ConvAttributes(channels, 3, stride)));
        var pointwise = Next("conv");
        var pw = Filter(prefix + "/pointwise_filter", TensorLayout.ConvFilter);
        var b = Bias(prefix + "/bias");
        graph.Add(new OnnxNode(null, "Conv", [depthwise, pw, b], pointwise, ConvAttributes(1, 1, 1)));
        return pointwise;
    }

    private static OnnxAttribute[] ConvAttributes(int group, int kernel, int stride) =>
    [
        OnnxAttribute.Of("group", (long)group),
        OnnxAttribute.Of("kernel_shape", kernel, kernel),
        OnnxAttribute.Of("pads", kernel == 1 ? [0, 0, 0, 0] : stride == 2 ? [0, 0, 1, 1] : [1L, 1, 1, 1]),
        OnnxAttribute.Of("strides", stride, stride),
    ];

    private string Filter(string weight, int[] perm)
    {
        var filter = weights[weight];
        var (values, dims) = TensorLayout.Permute(filter.Floats, filter.Shape, perm);
        return graph.Add(OnnxTensor.Floats(Next("W"), dims, values));
    }

    private string Bias(string weight)
    {
        var bias = weights[weight].Floats;
        return graph.Add(OnnxTensor.Floats(Next("B"), [bias.Length], bias));
    }

    private string Relu(string x)
    {
        var output = Next("relu");
        graph.Add(new OnnxNode(null, "Relu", [x], output));
        return output;
    }

    private string Add(string a, string b)
    {
        var output = Next("add");
        graph.Add(new OnnxNode(null, "Add", [a, b], output));
        return output;
    }

    private string Next(string kind) => kind + "_" + (++counter).ToString(CultureInfo.InvariantCulture);
}
