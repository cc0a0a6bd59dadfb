using System.Text.Json;
using System.Text.Json.Serialization;

namespace InterviewInsight.Modules.Engines.Results;

/// <summary>How results are written and read back: camelCase; NaN (a word confidence an engine did not give) survives as "NaN".</summary>
internal static class AnalysisJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    public static readonly JsonSerializerOptions Indented = new(Options) { WriteIndented = true };

    public static string Serialize(AnalysisResult result, bool indented = false) =>
        JsonSerializer.Serialize(result, indented ? Indented : Options);

    public static AnalysisResult Deserialize(string json) =>
        JsonSerializer.Deserialize<AnalysisResult>(json, Options) ?? throw new JsonException("The stored result is empty.");
}
