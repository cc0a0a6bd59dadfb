using InterviewInsight.Modules.Engines.Models.Onnx;
using Microsoft.ML.OnnxRuntime;
using Microsoft.ML.OnnxRuntime.Tensors;

namespace InterviewInsight.Tests.Engines.Models.Onnx;

/// <summary>The hand-written ONNX protobuf: exact bytes for the frame, and a small graph that ONNX Runtime loads and runs.</summary>
public sealed class OnnxProtobufWriterTests
{
    [Fact]
    public void Given_an_empty_graph_When_serialising_Then_the_fields_come_in_field_number_order_with_the_empty_opset_domain()
    {
        // Act
        var bytes = OnnxProtobufWriter.Serialize(new OnnxModel(6, "p", 11, new OnnxGraph("g")));

        // Assert: ir_version 6, producer_name "p", graph { name "g" }, opset_import { domain "", version 11 }.
        bytes.ShouldBe(new byte[] { 0x08, 0x06, 0x12, 0x01, (byte)'p', 0x3A, 0x03, 0x12, 0x01, (byte)'g', 0x42, 0x04, 0x0A, 0x00, 0x10, 0x0B });
    }

    [Fact]
    public void Given_a_conv_prelu_pad_graph_When_onnx_runtime_runs_it_Then_the_outputs_are_those_computed_by_hand()
    {
        // Arrange: a 1x1 identity convolution with bias, per-channel PReLU, a zero row padded on top (int64 pads),
        // then two outputs: the flattened tensor and its softmax along the last axis (a negative attribute).
        var graph = new OnnxGraph("tiny");
        graph.Inputs.Add(new OnnxValueInfo("x", [1, 2, 2, 2]));
        var w = graph.Add(OnnxTensor.Floats("W", [2, 2, 1, 1], [1, 0, 0, 1]));
        var b = graph.Add(OnnxTensor.Floats("B", [2], [0, -10]));
        var alpha = graph.Add(OnnxTensor.Floats("alpha", [2, 1, 1], [0.5f, 0.25f]));
        var pads = graph.Add(OnnxTensor.Int64s("pads", [8], [0, 0, 1, 0, 0, 0, 0, 0]));
        graph.Add(new OnnxNode("conv", "Conv", ["x", w, b], "c", OnnxAttribute.Of("strides", 1, 1), OnnxAttribute.Of("kernel_shape", 1, 1), OnnxAttribute.Of("group", 1L), OnnxAttribute.Of("pads", 0, 0, 0, 0)));
        graph.Add(new OnnxNode("prelu", "PRelu", ["c", alpha], "p"));
        graph.Add(new OnnxNode(null, "Pad", ["p", pads], "padded"));
        graph.Add(new OnnxNode(null, "Flatten", ["padded"], "flat", OnnxAttribute.Of("axis", 1L)));
        graph.Add(new OnnxNode(null, "Softmax", ["flat"], "probs", OnnxAttribute.Of("axis", -1L)));
        graph.Outputs.Add(new OnnxValueInfo("flat", [1, 12]));
        graph.Outputs.Add(new OnnxValueInfo("probs", [1, 12]));
        var bytes = OnnxProtobufWriter.Serialize(new OnnxModel(6, "test", 11, graph));
        var x = new DenseTensor<float>(new float[] { -3, -2, -1, 0, 1, 2, 3, 4 }, [1, 2, 2, 2]);

        // Act
        using var session = new InferenceSession(bytes);
        using var results = session.Run([NamedOnnxValue.CreateFromTensor("x", x)]);

        // Assert
        var flat = results.Single(r => r.Name == "flat").AsEnumerable<float>().ToArray();
        flat.ShouldBe([0, 0, -1.5f, -1, -0.5f, 0, 0, 0, -2.25f, -2, -1.75f, -1.5f]);
        var probs = results.Single(r => r.Name == "probs").AsEnumerable<float>().ToArray();
        var sum = flat.Sum(v => Math.Exp(v));
        for (var i = 0; i < probs.Length; i++)
        {
            probs[i].ShouldBe((float)(Math.Exp(flat[i]) / sum), 1e-6f);
        }
    }
}
