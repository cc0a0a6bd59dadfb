using System.Text.Json.Nodes;
using InterviewInsight.Modules.Engines.Results;

namespace InterviewInsight.Tests.TestInfrastructure;

/// <summary>The golden analysis of a real clip (Golden/A_lrs2_00016.result.json) as a reference result.</summary>
internal static class GoldenResult
{
    public static AnalysisResult Load()
    {
        // The golden file leaves out the machine-dependent timings; any values do here.
        var json = JsonNode.Parse(File.ReadAllText(Path.Combine(TestAssets.RepoRoot, "InterviewInsight.Tests", "Golden", "A_lrs2_00016.result.json")))!;
        json["timings"] = new JsonObject { ["totalSeconds"] = 1, ["realTimeFactor"] = 0.1, ["stages"] = new JsonObject() };
        return AnalysisJson.Deserialize(json.ToJsonString());
    }
}
