using System.Buffers.Binary;
using System.Text;
using InterviewInsight.Modules.Engines.Models.Onnx;
using InterviewInsight.Modules.Engines.Models.Tfjs;
using Microsoft.ML.OnnxRuntime;
using Microsoft.ML.OnnxRuntime.Tensors;

namespace InterviewInsight.Tests.Engines.Models.Tfjs;

/// <summary>
/// A tiny tfjs graph (a fused 3×3 stride-2 SAME convolution with ReLU, then a mean over height and width) converted to
/// ONNX and run by ONNX Runtime, against the same arithmetic done by hand with TensorFlow's SAME rule (the odd padding
/// pixel at the end).
/// </summary>
public sealed class TfjsToOnnxConverterTests
{
    private const string ModelJson = """
        {"format":"graph-model","modelTopology":{"node":[
          {"name":"input_1","op":"Placeholder","attr":{"shape":{"shape":{"dim":[{"size":"-1"},{"size":"4"},{"size":"4"},{"size":"1"}]}}}},
          {"name":"m/w","op":"Const"},
          {"name":"m/conv","op":"_FusedConv2D","input":["input_1","m/w","m/b"],"attr":{
            "fused_ops":{"list":{"s":["Qmlhc0FkZA==","UmVsdQ=="]}},"strides":{"list":{"i":["1","2","2","1"]}},"padding":{"s":"U0FNRQ=="}}},
          {"name":"m/mean","op":"Mean","input":["m/conv","m/axes"]},
          {"name":"Identity","op":"Identity","input":["m/mean"]}]},
         "weightsManifest":[{"paths":["x.bin"],"weights":[
          {"name":"m/w","shape":[3,3,1,2],"dtype":"float32"},{"name":"m/b","shape":[2],"dtype":"float32"},{"name":"m/axes","shape":[2],"dtype":"int32"}]}]}
        """;

    private static readonly float[] Bias = [0.5f, -20f];

    [Fact]
    public void Given_a_fused_conv_graph_When_converted_and_run_Then_the_output_matches_the_same_convolution_by_hand()
    {
        // Arrange
        var model = TfjsGraphModel.Parse(Encoding.UTF8.GetBytes(ModelJson));
        var weights = TfjsWeights.Read(model.WeightsManifest, Shard());
        var input = Enumerable.Range(0, 16).Select(i => (float)i).ToArray(); // x[r, c] = 4r + c

        // Act
        var onnx = TfjsToOnnxConverter.Convert(model, weights, new TfjsConversion("g", "test", "input", "m/", []));
        using var session = new InferenceSession(OnnxProtobufWriter.Serialize(onnx));
        using var results = session.Run([NamedOnnxValue.CreateFromTensor("input", new DenseTensor<float>(input, [1, 1, 4, 4]))]);

        // Assert
        onnx.Graph.Nodes.Select(n => n.Name).ShouldBe(["conv/Conv", "conv/Relu", "mean/gap", "mean/flat", "output"]);
        onnx.Graph.Nodes[0].Attributes.Single(a => a.Name == "pads").Ints.ShouldBe([0L, 0, 1, 1]);
        onnx.Graph.Initializers.Select(t => t.Name).ShouldBe(["conv/W", "conv/B"]);
        var output = results.Single(r => r.Name == "probs").AsEnumerable<float>().ToArray();
        output.Length.ShouldBe(2);
        for (var o = 0; o < 2; o++)
        {
            output[o].ShouldBe(ByHand(input, o), 1e-4f);
        }
    }

    /// <summary>Filter weight (row, col) of output channel o: channel 0 all ones, channel 1 = 3·row + col.</summary>
    private static float Weight(int row, int col, int o) => o == 0 ? 1 : (3 * row) + col;

    private static byte[] Shard()
    {
        var data = new byte[(18 + 2 + 2) * 4];
        var at = 0;
        for (var row = 0; row < 3; row++)
        {
            for (var col = 0; col < 3; col++)
            {
                for (var o = 0; o < 2; o++)
                {
                    BinaryPrimitives.WriteSingleLittleEndian(data.AsSpan(at), Weight(row, col, o));
                    at += 4;
                }
            }
        }

        BinaryPrimitives.WriteSingleLittleEndian(data.AsSpan(at), Bias[0]);
        BinaryPrimitives.WriteSingleLittleEndian(data.AsSpan(at + 4), Bias[1]);
        BinaryPrimitives.WriteInt32LittleEndian(data.AsSpan(at + 8), 1);
        BinaryPrimitives.WriteInt32LittleEndian(data.AsSpan(at + 12), 2);
        return data;
    }

    /// <summary>SAME, stride 2, on 4×4: a 2×2 output, windows starting at 0 and 2, the pixel past the edge zero.</summary>
    private static float ByHand(float[] x, int o)
    {
        var sum = 0f;
        for (var i = 0; i < 2; i++)
        {
            for (var j = 0; j < 2; j++)
            {
                var value = Bias[o];
                for (var row = 0; row < 3; row++)
                {
                    for (var col = 0; col < 3; col++)
                    {
                        var (r, c) = ((2 * i) + row, (2 * j) + col);
                        value += r < 4 && c < 4 ? x[(4 * r) + c] * Weight(row, col, o) : 0;
                    }
                }

                sum += Math.Max(value, 0);
            }
        }

        return sum / 4;
    }
}
