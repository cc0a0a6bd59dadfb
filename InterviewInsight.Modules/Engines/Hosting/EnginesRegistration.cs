using InterviewInsight.Modules.Engines.Models;
using InterviewInsight.Modules.Engines.Pipeline;
using Microsoft.Extensions.DependencyInjection;

namespace InterviewInsight.Modules.Engines.Hosting;

/// <summary>The engines, once per process: every model is loaded once and shared by the modules that call them.</summary>
public static class EnginesRegistration
{
    public static IServiceCollection AddEngines(this IServiceCollection services) =>
        services
            .AddSingleton<ModelCatalog>()
            .AddSingleton<AnalysisEngines>()
            .AddSingleton<RecordingAnalyzer>()
            .AddHttpClient();
}
