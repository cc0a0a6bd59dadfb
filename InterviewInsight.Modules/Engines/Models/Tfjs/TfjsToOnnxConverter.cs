using InterviewInsight.Modules.Engines.Models.Onnx;

namespace InterviewInsight.Modules.Engines.Models.Tfjs;

/// <summary>What differs between two conversions of the same kind of tfjs graph: names in and around the graph.</summary>
/// <param name="GraphName">The ONNX graph's name.</param>
/// <param name="ProducerName">The ONNX producer_name.</param>
/// <param name="InputName">The name given to the graph's Placeholder.</param>
/// <param name="StripPrefix">Taken off the front of every tfjs node name ("" keeps the names as they are).</param>
/// <param name="HeadOutputs">When the graph ends in a ConcatV2 of convolution heads, each head is flattened into an
/// output of its own, named by these in concat order; otherwise the final Identity becomes a node "output" producing
/// <paramref name="OutputName"/>.</param>
/// <param name="OutputName">The graph output when there are no heads.</param>
internal sealed record TfjsConversion(string GraphName, string ProducerName, string InputName, string StripPrefix, IReadOnlyList<string> HeadOutputs, string OutputName = "probs");

/// <summary>
/// Converts a tfjs convolutional graph model to ONNX (ir_version 6, opset 11) by walking its nodes in file order:
/// _FusedConv2D → Conv "n/Conv" (+ Relu "n/Relu" or PRelu "n" when fused; the Conv then outputs "n/conv");
/// DepthwiseConv2dNative → grouped Conv; AddV2 → Add; Prelu → PRelu with slopes [C,1,1]; Relu; MaxPool; Pad (NHWC
/// paddings in ONNX order, int64); Mean over H,W → GlobalAveragePool "n/gap" + Flatten "n/flat"; Softmax (axis -1).
/// TensorFlow "SAME" padding becomes explicit pads from the spatial sizes tracked through the graph (the extra pixel,
/// when odd, at the end). Weights: HWIO → OIHW; initializers are named after the node ("n/W", "n/B", "n/alpha",
/// "n/pads") in the order the nodes use them. Batch 1, NCHW.
/// </summary>
internal sealed class TfjsToOnnxConverter
{
    private readonly TfjsGraphModel model;
    private readonly TfjsWeights weights;
    private readonly TfjsConversion conversion;
    private readonly OnnxGraph graph;
    private readonly Dictionary<string, Tensor> tensors = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> heads = new(StringComparer.Ordinal);

    private TfjsToOnnxConverter(TfjsGraphModel model, TfjsWeights weights, TfjsConversion conversion)
    {
        this.model = model;
        this.weights = weights;
        this.conversion = conversion;
        graph = new OnnxGraph(conversion.GraphName);
    }

    public static OnnxModel Convert(TfjsGraphModel model, TfjsWeights weights, TfjsConversion conversion)
    {
        var converter = new TfjsToOnnxConverter(model, weights, conversion);
        converter.FindHeads();
        foreach (var node in model.Nodes)
        {
            converter.Walk(node);
        }

        return new OnnxModel(6, conversion.ProducerName, 11, converter.graph);
    }

    private void FindHeads()
    {
        var byName = model.Nodes.ToDictionary(n => n.Name, StringComparer.Ordinal);
        var identity = model.Nodes.Single(n => n.Op == "Identity");
        if (byName[Source(identity.Inputs[0])] is { Op: "ConcatV2" } concat)
        {
            var headInputs = concat.Inputs.Take(concat.Inputs.Count - 1).Select(Source).ToList();
            if (headInputs.Count != conversion.HeadOutputs.Count)
            {
                throw new InvalidDataException($"The graph ends in {headInputs.Count} heads; {conversion.HeadOutputs.Count} output names were given.");
            }

            for (var i = 0; i < headInputs.Count; i++)
            {
                heads[headInputs[i]] = conversion.HeadOutputs[i];
            }
        }
    }

    private void Walk(TfjsNode node)
    {
        var name = node.Name.StartsWith(conversion.StripPrefix, StringComparison.Ordinal) ? node.Name[conversion.StripPrefix.Length..] : node.Name;
        switch (node.Op)
        {
            case "Const" or "ConcatV2":
                break; // weights are read where they are used; the heads' concat is replaced by one output per head
            case "Placeholder":
                Placeholder(node);
                break;
            case "_FusedConv2D":
                FusedConv(node, name);
                break;
            case "DepthwiseConv2dNative":
                Depthwise(node, name);
                break;
            case "AddV2":
                SameShape(node, new OnnxNode(name, "Add", [Input(node, 0).Name, Input(node, 1).Name], name));
                break;
            case "Relu":
                SameShape(node, new OnnxNode(name, "Relu", [Input(node, 0).Name], name));
                break;
            case "Prelu":
                SameShape(node, new OnnxNode(name, "PRelu", [Input(node, 0).Name, Alpha(node.Inputs[1], name, Input(node, 0).Channels)], name));
                break;
            case "MaxPool":
                MaxPool(node, name);
                break;
            case "Pad":
                Pad(node, name);
                break;
            case "Mean":
                Mean(node, name);
                break;
            case "Softmax":
                SameShape(node, new OnnxNode(name, "Softmax", [Input(node, 0).Name], name, OnnxAttribute.Of("axis", -1L)));
                break;
            case "Identity":
                Identity(node);
                break;
            default:
                throw new InvalidDataException($"{node.Name}: tfjs op {node.Op} is not supported by the converter");
        }
    }

    private void Placeholder(TfjsNode node)
    {
        var shape = node.Shape(); // NHWC, batch -1
        var input = new Tensor(conversion.InputName, shape[3], shape[1], shape[2]);
        tensors[node.Name] = input;
        graph.Inputs.Add(new OnnxValueInfo(input.Name, [1, input.Channels, input.Height, input.Width]));
    }

    private void FusedConv(TfjsNode node, string name)
    {
        var fused = node.Strings("fused_ops");
        if (fused.Count == 0 || fused[0] != "BiasAdd" || fused.Count > 2)
        {
            throw new InvalidDataException($"{node.Name}: fused ops {string.Join(',', fused)} are not supported");
        }

        var activation = fused.Count == 2 ? fused[1] : null;
        var x = Input(node, 0);
        var filter = weights[node.Inputs[1]];
        var (values, dims) = TensorLayout.Permute(filter.Floats, filter.Shape, TensorLayout.ConvFilter);
        var w = graph.Add(OnnxTensor.Floats(name + "/W", dims, values));
        var bias = weights[node.Inputs[2]];
        var b = graph.Add(OnnxTensor.Floats(name + "/B", [bias.Floats.Length], bias.Floats));
        var convOutput = activation is null ? name : name + "/conv";
        var output = ConvNode(node, name + "/Conv", [x.Name, w, b], convOutput, x, filter.Shape[0], filter.Shape[1], filter.Shape[3], group: 1);
        switch (activation)
        {
            case null:
                Set(node, output);
                break;
            case "Relu":
                graph.Add(new OnnxNode(name + "/Relu", "Relu", [convOutput], name));
                Set(node, output with { Name = name });
                break;
            case "Prelu":
                var alpha = Alpha(node.Inputs[3], name, output.Channels);
                graph.Add(new OnnxNode(name, "PRelu", [convOutput, alpha], name));
                Set(node, output with { Name = name });
                break;
            default:
                throw new InvalidDataException($"{node.Name}: fused activation {activation} is not supported");
        }
    }

    private void Depthwise(TfjsNode node, string name)
    {
        var x = Input(node, 0);
        var filter = weights[node.Inputs[1]];
        if (filter.Shape[3] != 1)
        {
            throw new InvalidDataException($"{node.Name}: depthwise multiplier {filter.Shape[3]} is not supported");
        }

        var (values, dims) = TensorLayout.Permute(filter.Floats, filter.Shape, TensorLayout.DepthwiseFilter);
        var w = graph.Add(OnnxTensor.Floats(name + "/W", dims, values));
        Set(node, ConvNode(node, name + "/Conv", [x.Name, w], name, x, filter.Shape[0], filter.Shape[1], x.Channels, group: x.Channels));
    }

    private Tensor ConvNode(TfjsNode node, string nodeName, IReadOnlyList<string> inputs, string output, Tensor x, int kernelH, int kernelW, int channels, int group)
    {
        var strides = node.Ints("strides");
        var (pads, height, width) = Padding(node.String("padding"), x, kernelH, kernelW, strides[1], strides[2]);
        graph.Add(new OnnxNode(nodeName, "Conv", inputs, output,
            OnnxAttribute.Of("group", (long)group),
            OnnxAttribute.Of("kernel_shape", kernelH, kernelW),
            OnnxAttribute.Of("pads", pads),
            OnnxAttribute.Of("strides", strides[1], strides[2])));
        return new Tensor(output, channels, height, width);
    }

    private void MaxPool(TfjsNode node, string name)
    {
        var x = Input(node, 0);
        var kernel = node.Ints("ksize");
        var strides = node.Ints("strides");
        var (pads, height, width) = Padding(node.String("padding"), x, kernel[1], kernel[2], strides[1], strides[2]);
        graph.Add(new OnnxNode(name, "MaxPool", [x.Name], name,
            OnnxAttribute.Of("kernel_shape", kernel[1], kernel[2]),
            OnnxAttribute.Of("pads", pads),
            OnnxAttribute.Of("strides", strides[1], strides[2])));
        Set(node, new Tensor(name, x.Channels, height, width));
    }

    /// <summary>NHWC paddings [[n0,n1],[h0,h1],[w0,w1],[c0,c1]] → ONNX [n0,c0,h0,w0,n1,c1,h1,w1].</summary>
    private void Pad(TfjsNode node, string name)
    {
        var x = Input(node, 0);
        var p = weights[node.Inputs[1]].Ints;
        long[] pads = [p[0], p[6], p[2], p[4], p[1], p[7], p[3], p[5]];
        var padsName = graph.Add(OnnxTensor.Int64s(name + "/pads", [8], pads));
        graph.Add(new OnnxNode(name, "Pad", [x.Name, padsName], name));
        Set(node, new Tensor(name, x.Channels + p[6] + p[7], x.Height + p[2] + p[3], x.Width + p[4] + p[5]));
    }

    private void Mean(TfjsNode node, string name)
    {
        var x = Input(node, 0);
        var axes = weights[node.Inputs[1]].Ints;
        if (axes is not [1, 2])
        {
            throw new InvalidDataException($"{node.Name}: only a mean over height and width is supported");
        }

        graph.Add(new OnnxNode(name + "/gap", "GlobalAveragePool", [x.Name], name + "/gap"));
        graph.Add(new OnnxNode(name + "/flat", "Flatten", [name + "/gap"], name, OnnxAttribute.Of("axis", 1L)));
        Set(node, new Tensor(name, x.Channels, 1, 1));
    }

    private void Identity(TfjsNode node)
    {
        if (heads.Count > 0)
        {
            return; // the heads became outputs where they were made
        }

        var x = Input(node, 0);
        graph.Add(new OnnxNode("output", "Identity", [x.Name], conversion.OutputName));
        graph.Outputs.Add(new OnnxValueInfo(conversion.OutputName, [1, (long)x.Channels * x.Height * x.Width]));
    }

    /// <summary>PReLU slopes: tfjs stores them [1,1,C]; ONNX broadcasts [C,1,1] over NCHW.</summary>
    private string Alpha(string weight, string name, int channels)
    {
        var alpha = weights[weight].Floats;
        if (alpha.Length != channels)
        {
            throw new InvalidDataException($"{weight}: {alpha.Length} slopes for {channels} channels");
        }

        return graph.Add(OnnxTensor.Floats(name + "/alpha", [channels, 1, 1], alpha));
    }

    /// <summary>ONNX pads [top, left, bottom, right] and the output size for TensorFlow's VALID or SAME.</summary>
    private static (long[] Pads, int Height, int Width) Padding(string padding, Tensor x, int kernelH, int kernelW, int strideH, int strideW)
    {
        if (padding == "VALID")
        {
            return ([0, 0, 0, 0], ((x.Height - kernelH) / strideH) + 1, ((x.Width - kernelW) / strideW) + 1);
        }

        if (padding != "SAME")
        {
            throw new InvalidDataException($"Padding {padding} is not supported");
        }

        var height = (x.Height + strideH - 1) / strideH;
        var width = (x.Width + strideW - 1) / strideW;
        var totalH = Math.Max(((height - 1) * strideH) + kernelH - x.Height, 0);
        var totalW = Math.Max(((width - 1) * strideW) + kernelW - x.Width, 0);
        return ([totalH / 2, totalW / 2, totalH - (totalH / 2), totalW - (totalW / 2)], height, width);
    }

    /// <summary>A node whose single output has the shape of its first input.</summary>
    private void SameShape(TfjsNode node, OnnxNode onnx)
    {
        var shape = Input(node, 0);
        graph.Add(onnx);
        Set(node, shape with { Name = onnx.Outputs[0] });
    }

    private void Set(TfjsNode node, Tensor output)
    {
        tensors[node.Name] = output;
        if (heads.TryGetValue(node.Name, out var head))
        {
            graph.Add(new OnnxNode(head, "Flatten", [output.Name], head, OnnxAttribute.Of("axis", 1L)));
            graph.Outputs.Add(new OnnxValueInfo(head, [1, (long)output.Channels * output.Height * output.Width]));
        }
    }

    private Tensor Input(TfjsNode node, int index) =>
        tensors.TryGetValue(Source(node.Inputs[index]), out var tensor) ? tensor : throw new InvalidDataException($"{node.Name}: input {node.Inputs[index]} is not produced before it");

    /// <summary>"name:0" → "name".</summary>
    private static string Source(string input) => input.Split(':')[0];

    private sealed record Tensor(string Name, int Channels, int Height, int Width);
}
