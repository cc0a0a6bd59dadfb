namespace InterviewInsight.Modules.Engines.Models.Onnx;

/// <summary>
/// The small part of the ONNX model format the installer writes: one graph of nodes with float32 or int64
/// initializers, float32 inputs and outputs of fixed shape, the default opset only. Written by <see cref="OnnxProtobufWriter"/>.
/// </summary>
internal sealed record OnnxModel(long IrVersion, string ProducerName, long OpsetVersion, OnnxGraph Graph);

/// <summary>Nodes and initializers keep the order they are added in: the bytes of the file depend on it.</summary>
internal sealed class OnnxGraph(string name)
{
    public string Name { get; } = name;

    public List<OnnxNode> Nodes { get; } = [];

    public List<OnnxTensor> Initializers { get; } = [];

    public List<OnnxValueInfo> Inputs { get; } = [];

    public List<OnnxValueInfo> Outputs { get; } = [];

    public OnnxNode Add(OnnxNode node)
    {
        Nodes.Add(node);
        return node;
    }

    public string Add(OnnxTensor initializer)
    {
        Initializers.Add(initializer);
        return initializer.Name;
    }
}

/// <summary>A node; a null name is left out of the file. Attributes are written sorted by name, as ONNX's own helper does.</summary>
internal sealed record OnnxNode(string? Name, string OpType, IReadOnlyList<string> Inputs, IReadOnlyList<string> Outputs, IReadOnlyList<OnnxAttribute> Attributes)
{
    public OnnxNode(string? name, string opType, IReadOnlyList<string> inputs, string output, params OnnxAttribute[] attributes)
        : this(name, opType, inputs, [output], attributes)
    {
    }
}

/// <summary>An INT attribute (Ints null) or an INTS attribute.</summary>
internal sealed record OnnxAttribute(string Name, long Int, IReadOnlyList<long>? Ints)
{
    public static OnnxAttribute Of(string name, long value) => new(name, value, null);

    public static OnnxAttribute Of(string name, params long[] values) => new(name, 0, values);
}

/// <summary>A float32 or int64 initializer: dims and little-endian raw bytes.</summary>
internal sealed record OnnxTensor(string Name, OnnxDataType DataType, IReadOnlyList<long> Dims, byte[] RawData)
{
    public static OnnxTensor Floats(string name, IReadOnlyList<long> dims, ReadOnlySpan<float> values)
    {
        var raw = new byte[values.Length * sizeof(float)];
        for (var i = 0; i < values.Length; i++)
        {
            System.Buffers.Binary.BinaryPrimitives.WriteSingleLittleEndian(raw.AsSpan(i * sizeof(float)), values[i]);
        }

        return new OnnxTensor(name, OnnxDataType.Float, dims, raw);
    }

    public static OnnxTensor Int64s(string name, IReadOnlyList<long> dims, ReadOnlySpan<long> values)
    {
        var raw = new byte[values.Length * sizeof(long)];
        for (var i = 0; i < values.Length; i++)
        {
            System.Buffers.Binary.BinaryPrimitives.WriteInt64LittleEndian(raw.AsSpan(i * sizeof(long)), values[i]);
        }

        return new OnnxTensor(name, OnnxDataType.Int64, dims, raw);
    }
}

/// <summary>A graph input or output: a float32 tensor of fixed dims.</summary>
internal sealed record OnnxValueInfo(string Name, IReadOnlyList<long> Dims);

/// <summary>ONNX TensorProto.DataType values.</summary>
internal enum OnnxDataType
{
    Float = 1,
    Int64 = 7,
}
