using System.Text;
using System.Text.Json;

namespace InterviewInsight.Modules.Engines.Models.Tfjs;

/// <summary>A tfjs "graph-model" model.json: its nodes in file order and its weights manifest.</summary>
internal sealed class TfjsGraphModel
{
    private TfjsGraphModel(IReadOnlyList<TfjsNode> nodes, JsonElement weightsManifest)
    {
        Nodes = nodes;
        WeightsManifest = weightsManifest;
    }

    public IReadOnlyList<TfjsNode> Nodes { get; }

    public JsonElement WeightsManifest { get; }

    public static TfjsGraphModel Parse(ReadOnlySpan<byte> json)
    {
        var root = JsonDocument.Parse(json.ToArray()).RootElement;
        if (root.GetProperty("format").GetString() != "graph-model")
        {
            throw new InvalidDataException("Not a tfjs graph model");
        }

        var nodes = root.GetProperty("modelTopology").GetProperty("node").EnumerateArray().Select(n => new TfjsNode(
            n.GetProperty("name").GetString()!,
            n.GetProperty("op").GetString()!,
            n.TryGetProperty("input", out var inputs) ? [.. inputs.EnumerateArray().Select(i => i.GetString()!)] : [],
            n.TryGetProperty("attr", out var attr) ? attr : default)).ToList();
        return new TfjsGraphModel(nodes, root.GetProperty("weightsManifest"));
    }
}

/// <summary>One node of a tfjs graph; the attribute helpers read TensorFlow's AttrValue JSON.</summary>
internal sealed record TfjsNode(string Name, string Op, IReadOnlyList<string> Inputs, JsonElement Attributes)
{
    /// <summary>A list attribute of ints ("strides", "ksize"), NHWC.</summary>
    public int[] Ints(string name) => [.. Attr(name).GetProperty("list").GetProperty("i").EnumerateArray().Select(i => int.Parse(i.GetString()!, System.Globalization.CultureInfo.InvariantCulture))];

    /// <summary>A string attribute ("padding"), base64 in the JSON.</summary>
    public string String(string name) => Encoding.UTF8.GetString(Attr(name).GetProperty("s").GetBytesFromBase64());

    /// <summary>A list attribute of strings ("fused_ops"); empty when absent.</summary>
    public IReadOnlyList<string> Strings(string name) =>
        Attributes.ValueKind == JsonValueKind.Object && Attributes.TryGetProperty(name, out var a) && a.GetProperty("list").TryGetProperty("s", out var s)
            ? [.. s.EnumerateArray().Select(x => Encoding.UTF8.GetString(x.GetBytesFromBase64()))]
            : [];

    /// <summary>The dims of a Placeholder's "shape" attribute (-1 for an unknown batch).</summary>
    public int[] Shape() => [.. Attr("shape").GetProperty("shape").GetProperty("dim").EnumerateArray().Select(d => int.Parse(d.GetProperty("size").GetString()!, System.Globalization.CultureInfo.InvariantCulture))];

    private JsonElement Attr(string name) =>
        Attributes.ValueKind == JsonValueKind.Object && Attributes.TryGetProperty(name, out var a) ? a : throw new InvalidDataException($"{Name} ({Op}) has no attribute {name}");
}
