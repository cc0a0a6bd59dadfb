using InterviewInsight.Modules.Engines.Content.Embeddings;
using InterviewInsight.Modules.Engines.Models;
using InterviewInsight.Modules.Engines.Pipeline;
using InterviewInsight.Modules.Engines.Speech.Transcription;
using InterviewInsight.Modules.Shared.Ai;
using InterviewInsight.Modules.Shared.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace InterviewInsight.Modules.Engines.Hosting;

/// <summary>The engines, once per process: every model is loaded once and shared by the modules that call them.</summary>
public static class EnginesRegistration
{
    public static IServiceCollection AddEngines(this IServiceCollection services) =>
        services
            .AddSingleton(sp => new ModelCatalog(sp.GetRequiredService<IOptions<ModelsOptions>>().Value.FullPath, sp.GetRequiredService<ILogger<ModelCatalog>>()))
            .AddSingleton<AnalysisEngines>()
            .AddSingleton<RecordingAnalyzer>()
            .AddOpenAiCompatibleHttpClient(nameof(OpenAiCompatibleSpeechToText), OpenAiCompatibleSpeechToText.Limits)
            .AddOpenAiCompatibleHttpClient(nameof(OpenAiCompatibleEmbedder), OpenAiCompatibleEmbedder.Limits);
}
