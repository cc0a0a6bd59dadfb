using System.Text.Json;
using System.Text.Json.Serialization;

namespace InterviewInsight.Tests.TestInfrastructure;

/// <summary>The API's JSON conventions: web defaults, enums as names.</summary>
public static class ApiJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };
}
