using Scalar.AspNetCore;

namespace InterviewInsight.Web.Hosting;

/// <summary>OpenAPI description of the /api endpoints, browsable at /api/docs.</summary>
internal static class ApiDocs
{
    public const string ReferencePath = "/api/docs";

    public static IServiceCollection AddApiDocs(this IServiceCollection services) =>
        services.AddOpenApi("v1", o => o.ShouldInclude = d => d.RelativePath?.StartsWith("api", StringComparison.Ordinal) == true);

    public static void MapApiDocs(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapOpenApi("/api/openapi/{documentName}.json").AllowAnonymous();
        // No fonts from Scalar's CDN and no telemetry: the app loads nothing from elsewhere (see SecurityHeaders).
        endpoints.MapScalarApiReference(ReferencePath, o => o
                .WithTitle("InterviewInsight API")
                .WithOpenApiRoutePattern("/api/openapi/{documentName}.json")
                .DisableDefaultFonts()
                .DisableTelemetry())
            .AllowAnonymous();
    }
}
