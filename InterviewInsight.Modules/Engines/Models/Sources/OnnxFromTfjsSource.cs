using System.Text.Json;
using InterviewInsight.Modules.Engines.Models.Onnx;
using InterviewInsight.Modules.Engines.Models.Tfjs;

namespace InterviewInsight.Modules.Engines.Models.Sources;

/// <summary>
/// "npm-derived:tfjs-iris:package@version:path/model.json" and "npm-derived:tfjs-mini-xception:…": an ONNX model
/// converted from a tfjs graph model in an npm package (model.json and its weight shards beside it) by
/// <see cref="TfjsToOnnxConverter"/>. The recipe names the graph's names, so the bytes are those of the reference file.
/// </summary>
internal sealed class OnnxFromTfjsSource(NpmPackages npm) : IModelSource
{
    private const string Prefix = "npm-derived:";

    /// <summary>MediaPipe Iris as tfjs in @vladmandic/human; its two heads become outputs [1,213] and [1,15].</summary>
    public static readonly TfjsConversion Iris = new(
        "iris_landmark",
        "tfjs iris (npm @vladmandic/human 3.3.6) rebuilt as ONNX",
        "input_1",
        "StatefulPartitionedCall/model/",
        ["output_eyes_contours_and_brows", "output_iris"]);

    /// <summary>oarriaga's mini-Xception (FER-2013) as tfjs in @vladmandic/human: input [1,1,64,64], output "probs" [1,7].</summary>
    public static readonly TfjsConversion MiniXception = new("converted", "tfjs-graph-to-onnx (manual)", "input", "", []);

    private static readonly Dictionary<string, TfjsConversion> Recipes = new(StringComparer.Ordinal)
    {
        ["tfjs-iris"] = Iris,
        ["tfjs-mini-xception"] = MiniXception,
    };

    public string Origin => "derived from npm";

    public bool Handles(string source) => source.StartsWith(Prefix, StringComparison.Ordinal) && Recipes.ContainsKey(Recipe(source));

    public async Task FetchAsync(string source, string destination, CancellationToken ct)
    {
        var (package, member) = NpmPackages.Split(source[(Prefix.Length + Recipe(source).Length + 1)..]);
        var json = await npm.ReadMemberBytesAsync(package, member, ct);
        var model = AsInvalidData(() => TfjsGraphModel.Parse(json));
        var shards = await ReadShardsAsync(npm, package, member, AsInvalidData(() => TfjsWeights.ShardPaths(model.WeightsManifest)), ct);
        var onnx = AsInvalidData(() => TfjsToOnnxConverter.Convert(model, TfjsWeights.Read(model.WeightsManifest, shards), Recipes[Recipe(source)]));
        await File.WriteAllBytesAsync(destination, OnnxProtobufWriter.Serialize(onnx), ct);
    }

    /// <summary>A malformed model.json (missing property, bad JSON) reads as an unusable source, which the installer reports and skips.</summary>
    public static T AsInvalidData<T>(Func<T> read)
    {
        try
        {
            return read();
        }
        catch (Exception ex) when (ex is JsonException or KeyNotFoundException or FormatException or InvalidOperationException)
        {
            throw new InvalidDataException($"Not the tfjs model the recipe expects: {ex.Message}", ex);
        }
    }

    /// <summary>The weight shards, named relative to the manifest's folder, concatenated in order.</summary>
    public static async Task<byte[]> ReadShardsAsync(NpmPackages npm, string package, string manifestMember, IReadOnlyList<string> shards, CancellationToken ct)
    {
        var folder = manifestMember[..(manifestMember.LastIndexOf('/') + 1)];
        using var all = new MemoryStream();
        foreach (var shard in shards)
        {
            all.Write(await npm.ReadMemberBytesAsync(package, folder + shard, ct));
        }

        return all.ToArray();
    }

    private static string Recipe(string source)
    {
        var rest = source[Prefix.Length..];
        var colon = rest.IndexOf(':', StringComparison.Ordinal);
        return colon < 0 ? rest : rest[..colon];
    }
}
