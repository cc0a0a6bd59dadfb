using System.Text.Json.Nodes;
using InterviewInsight.Modules.Analysis.Headless;
using InterviewInsight.Modules.Engines.Content.Embeddings;
using InterviewInsight.Modules.Engines.Pipeline;
using InterviewInsight.Tests.TestInfrastructure;
using InterviewInsight.Modules.Shared.Ai;
using Microsoft.Extensions.Logging.Abstractions;

namespace InterviewInsight.Tests.Golden;

/// <summary>
/// A restructure must not change what the product measures: a shared clip is analysed and its result compared with
/// the copy stored before the restructure (Golden/*.result.json, written by the `analyze` command; timings and the installed-model list left out).
/// A deliberate change of results regenerates the copy in the same commit and says why.
/// </summary>
[Trait("Category", "Integration")]
public sealed class GoldenResultTests
{
    // Numbers may differ in their last digits between CPUs (ONNX Runtime picks kernels by instruction set), nothing more.
    private const double Tolerance = 1e-3;

    [Fact]
    public async Task Given_the_shared_talking_face_clip_When_analysed_Then_the_result_equals_the_stored_golden_copy()
    {
        // Arrange
        var media = TestAssets.TestData("video/A_lrs2_00016.mp4");
        var questions = Path.GetTempFileName();
        await File.WriteAllTextAsync(questions, """[{"id":"q1","question":"Tell me about yourself","start":0},{"id":"q2","question":"Why this role?","start":5}]""");
        var json = Path.GetTempFileName();
        var log = new StringWriter();
        // The copy was made with GloVe + SIF, before MiniLM became the default embedder: pinned so the test keeps proving
        // that restructures change nothing.
        var engines = new AnalysisEngines(TestAssets.ModelsDir, new AiOptions(), null, NullLogger<AnalysisEngines>.Instance, new GloveSifEmbedder(TestAssets.ModelsDir));

        // Act
        var exit = await new AnalyzeCommand(engines, log).RunAsync(media, questions, json, new AnalysisSettings(), CancellationToken.None);

        // Assert
        exit.ShouldBe(0, log.ToString());
        var actual = JsonNode.Parse(await File.ReadAllTextAsync(json))!.AsObject();
        actual.Remove("timings");
        var expected = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "Golden", "A_lrs2_00016.result.json")))!.AsObject();

        // provenance.models lists every model this machine has installed, which changes with the manifest, not with the analysis.
        actual["provenance"]!.AsObject().Remove("models");
        expected["provenance"]!.AsObject().Remove("models");
        var differences = new List<string>();
        Compare("$", expected, actual, differences);
        differences.ShouldBeEmpty(string.Join(Environment.NewLine, differences.Take(20)));
    }

    private static void Compare(string path, JsonNode? expected, JsonNode? actual, List<string> differences)
    {
        switch (expected, actual)
        {
            case (null, null):
                return;
            case (JsonObject e, JsonObject a):
                foreach (var key in e.Select(p => p.Key).Union(a.Select(p => p.Key)))
                {
                    if (e.ContainsKey(key) != a.ContainsKey(key))
                    {
                        differences.Add($"{path}.{key}: {(e.ContainsKey(key) ? "missing" : "unexpected")}");
                        continue;
                    }

                    Compare($"{path}.{key}", e[key], a[key], differences);
                }

                return;
            case (JsonArray e, JsonArray a) when e.Count == a.Count:
                for (var i = 0; i < e.Count; i++)
                {
                    Compare($"{path}[{i}]", e[i], a[i], differences);
                }

                return;
            case (JsonValue e, JsonValue a) when e.TryGetValue<double>(out var x) && a.TryGetValue<double>(out var y):
                if (Math.Abs(x - y) > Tolerance * Math.Max(1, Math.Abs(x)))
                {
                    differences.Add($"{path}: expected {x}, got {y}");
                }

                return;
            default:
                if (expected?.ToJsonString() != actual?.ToJsonString())
                {
                    differences.Add($"{path}: expected {Short(expected)}, got {Short(actual)}");
                }

                return;
        }
    }

    private static string Short(JsonNode? node) => node?.ToJsonString() is { Length: > 120 } s ? s[..120] + "…" : node?.ToJsonString() ?? "null";
}
