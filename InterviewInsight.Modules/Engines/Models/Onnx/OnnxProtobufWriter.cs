using System.Text;

namespace InterviewInsight.Modules.Engines.Models.Onnx;

/// <summary>
/// Serialises an <see cref="OnnxModel"/> as ONNX's protobuf, by hand, the way the reference protobuf library does: fields
/// in field-number order, repeated integers unpacked (ONNX's .proto is proto2), empty optional strings left out (the
/// opset's empty domain excepted, which ONNX's helper sets explicitly). Field numbers are those of onnx.proto.
/// </summary>
internal static class OnnxProtobufWriter
{
    public static byte[] Serialize(OnnxModel model)
    {
        var w = new ProtoBuffer();
        w.Varint(1, model.IrVersion);
        w.String(2, model.ProducerName);
        w.Message(7, Graph(model.Graph));
        var opset = new ProtoBuffer();
        opset.Bytes(1, []); // domain "": the default opset
        opset.Varint(2, model.OpsetVersion);
        w.Message(8, opset);
        return w.ToArray();
    }

    private static ProtoBuffer Graph(OnnxGraph graph)
    {
        var w = new ProtoBuffer();
        foreach (var node in graph.Nodes)
        {
            w.Message(1, Node(node));
        }

        w.String(2, graph.Name);
        foreach (var tensor in graph.Initializers)
        {
            w.Message(5, Tensor(tensor));
        }

        foreach (var input in graph.Inputs)
        {
            w.Message(11, ValueInfo(input));
        }

        foreach (var output in graph.Outputs)
        {
            w.Message(12, ValueInfo(output));
        }

        return w;
    }

    private static ProtoBuffer Node(OnnxNode node)
    {
        var w = new ProtoBuffer();
        foreach (var input in node.Inputs)
        {
            w.String(1, input);
        }

        foreach (var output in node.Outputs)
        {
            w.String(2, output);
        }

        w.String(3, node.Name);
        w.String(4, node.OpType);
        foreach (var attribute in node.Attributes.OrderBy(a => a.Name, StringComparer.Ordinal))
        {
            w.Message(5, Attribute(attribute));
        }

        return w;
    }

    private static ProtoBuffer Attribute(OnnxAttribute attribute)
    {
        const int Int = 2;
        const int Ints = 7;
        var w = new ProtoBuffer();
        w.String(1, attribute.Name);
        if (attribute.Ints is null)
        {
            w.Varint(3, attribute.Int);
        }
        else
        {
            foreach (var value in attribute.Ints)
            {
                w.Varint(8, value);
            }
        }

        w.Varint(20, attribute.Ints is null ? Int : Ints);
        return w;
    }

    private static ProtoBuffer Tensor(OnnxTensor tensor)
    {
        var w = new ProtoBuffer();
        foreach (var dim in tensor.Dims)
        {
            w.Varint(1, dim);
        }

        w.Varint(2, (long)tensor.DataType);
        w.String(8, tensor.Name);
        w.Bytes(9, tensor.RawData);
        return w;
    }

    private static ProtoBuffer ValueInfo(OnnxValueInfo info)
    {
        var shape = new ProtoBuffer();
        foreach (var dim in info.Dims)
        {
            var dimension = new ProtoBuffer();
            dimension.Varint(1, dim);
            shape.Message(1, dimension);
        }

        var tensorType = new ProtoBuffer();
        tensorType.Varint(1, (long)OnnxDataType.Float);
        tensorType.Message(2, shape);
        var type = new ProtoBuffer();
        type.Message(1, tensorType);
        var w = new ProtoBuffer();
        w.String(1, info.Name);
        w.Message(2, type);
        return w;
    }

    /// <summary>Protobuf wire format: varint (type 0) and length-delimited (type 2) fields only.</summary>
    private sealed class ProtoBuffer
    {
        private readonly MemoryStream bytes = new();

        public void Varint(int field, long value)
        {
            Tag(field, 0);
            Raw((ulong)value);
        }

        public void String(int field, string? value)
        {
            if (!string.IsNullOrEmpty(value))
            {
                Bytes(field, Encoding.UTF8.GetBytes(value));
            }
        }

        public void Bytes(int field, ReadOnlySpan<byte> value)
        {
            Tag(field, 2);
            Raw((ulong)value.Length);
            bytes.Write(value);
        }

        public void Message(int field, ProtoBuffer message) => Bytes(field, message.bytes.GetBuffer().AsSpan(0, (int)message.bytes.Length));

        public byte[] ToArray() => bytes.ToArray();

        private void Tag(int field, int wireType) => Raw((ulong)((field << 3) | wireType));

        private void Raw(ulong value)
        {
            while (value >= 0x80)
            {
                bytes.WriteByte((byte)(value | 0x80));
                value >>= 7;
            }

            bytes.WriteByte((byte)value);
        }
    }
}
