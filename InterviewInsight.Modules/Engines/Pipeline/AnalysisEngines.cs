using InterviewInsight.Modules.Engines.Content.Embeddings;
using InterviewInsight.Modules.Engines.Content.Judging;
using InterviewInsight.Modules.Engines.Content.Sentiment;
using InterviewInsight.Modules.Engines.Models;
using InterviewInsight.Modules.Engines.Speech.Transcription;
using InterviewInsight.Modules.Engines.Speech.Vad;
using InterviewInsight.Modules.Engines.Vision;
using InterviewInsight.Modules.Shared.Ai;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Logging;

namespace InterviewInsight.Modules.Engines.Pipeline;

/// <summary>
/// Every model the pipeline runs, each loaded once per process on first use (a singleton). The speech-to-text engines
/// are listed in preference order: an OpenAI-compatible endpoint when configured, Whisper when its files are installed,
/// PocketSphinx always; the best available one is chosen for each recording and recorded with the result. Sentence
/// embeddings likewise: the endpoint when configured, MiniLM when its files are installed, GloVe + SIF otherwise.
/// </summary>
internal sealed class AnalysisEngines : IDisposable
{
    /// <summary>The voice activity model speech analysis needs (under the models folder's speech/).</summary>
    public const string VadFile = "silero_vad_v6.onnx";

    private readonly Lazy<SileroVad> vad;
    private readonly Lazy<VisionModels> vision;
    private readonly IReadOnlyList<ISpeechToText> speechEngines;
    private readonly Lazy<IEmbedder> embedder;
    private readonly Lazy<VaderSentiment> sentiment;
    private readonly IAnswerJudge judge;
    private readonly ILogger logger;

    /// <summary>The engines of <paramref name="modelsPath"/>; a given embedder replaces the selection (the golden test pins the one its copy was made with).</summary>
    internal AnalysisEngines(string modelsPath, AiOptions ai, IHttpClientFactory? http, ILogger<AnalysisEngines> logger, IEmbedder? embedder = null)
    {
        ModelsPath = modelsPath;
        this.logger = logger;
        VadPath = Path.Combine(modelsPath, "speech", VadFile);
        vad = new Lazy<SileroVad>(() => new SileroVad(VadPath));
        vision = new Lazy<VisionModels>(() => new VisionModels(modelsPath));
        var engines = new List<ISpeechToText>();
        if (ai.Transcription.IsConfigured && http is not null)
        {
            engines.Add(new OpenAiCompatibleSpeechToText(
                new AiEndpointOptions(ai.Transcription.Endpoint!, ai.Transcription.ApiKey ?? "", ai.Transcription.Model ?? "whisper-1"),
                http.CreateClient(nameof(OpenAiCompatibleSpeechToText))));
        }

        this.embedder = new Lazy<IEmbedder>(() => embedder ?? SelectEmbedder(modelsPath, ai, http, logger));
        sentiment = new Lazy<VaderSentiment>(() => VaderSentiment.LoadFromModels(modelsPath));
        judge = ChatEndpoint.From(ai.Chat) is { } chat ? new ChatAnswerJudge(chat.CreateClient(ChatAnswerJudge.DefaultTimeout)) : new RuleBasedJudge();

        engines.Add(new WhisperOnnxSpeechToText(Path.Combine(modelsPath, "speech", "whisper-tiny.en")));
        engines.Add(new PocketSphinxSpeechToText());
        speechEngines = engines;
    }

    public AnalysisEngines(ModelCatalog catalog, IOptions<AiOptions> ai, IHttpClientFactory http, ILogger<AnalysisEngines> logger)
        : this(catalog.ModelsPath, ai.Value, http, logger)
    {
    }

    public string ModelsPath { get; }

    public string VadPath { get; }

    public SileroVad Vad => vad.Value;

    public VisionModels Vision => vision.Value;

    /// <summary>Sentence embeddings: an OpenAI-compatible endpoint when configured, else MiniLM when installed, else GloVe + SIF.</summary>
    public IEmbedder Embedder => embedder.Value;

    public VaderSentiment Sentiment => sentiment.Value;

    /// <summary>The rubric judge: a chat model at temperature 0 when configured (falling back to the rules), the rules otherwise.</summary>
    public IAnswerJudge Judge => judge;

    /// <summary>The best available speech-to-text engine; throws naming every engine's reason when none can run.</summary>
    public ISpeechToText SelectSpeechToText() => SpeechToTextChoice().SelectedOrThrow();

    /// <summary>The best available speech-to-text engine (null when none can run) and why each other one was passed over.</summary>
    public SpeechToTextSelection SpeechToTextChoice()
    {
        var selection = SpeechToTextSelector.Select(speechEngines);
        foreach (var skipped in selection.Skipped)
        {
            logger.LogDebug("Speech engine {Engine} not used: {Reason}", skipped.Engine, skipped.Reason);
        }

        return selection;
    }

    /// <summary>The endpoint when configured, MiniLM when its files are installed, GloVe + SIF otherwise; logs which and why.</summary>
    internal static IEmbedder SelectEmbedder(string modelsPath, AiOptions ai, IHttpClientFactory? http, ILogger logger)
    {
        if (ai.Embeddings.IsConfigured && http is not null)
        {
            var endpoint = new OpenAiCompatibleEmbedder(
                new AiEndpointOptions(ai.Embeddings.Endpoint!, ai.Embeddings.ApiKey ?? "", ai.Embeddings.Model ?? "text-embedding-3-small"),
                http.CreateClient(nameof(OpenAiCompatibleEmbedder)));
            logger.LogInformation("Sentence embeddings: {Engine}, because Ai:Embeddings is configured", endpoint.Engine);
            return endpoint;
        }

        var missing = MiniLmEmbedder.MissingFiles(modelsPath);
        if (missing.Count == 0)
        {
            try
            {
                // Loaded now, so a damaged file means GloVe for this process instead of no content in every run.
                var miniLm = new MiniLmEmbedder(modelsPath);
                miniLm.EnsureLoaded();
                logger.LogInformation("Sentence embeddings: {Engine}, installed in {Path}", MiniLmEmbedder.EngineName, modelsPath);
                return miniLm;
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogError(ex, "Sentence embeddings: {Model} is installed in {Path} but does not load; GloVe is used instead. Run models install to repair it", MiniLmEmbedder.EngineName, modelsPath);
                MiniLmEmbedder.Forget(modelsPath);
                return new GloveSifEmbedder(modelsPath);
            }
        }

        var glove = new GloveSifEmbedder(modelsPath);
        logger.LogWarning("Sentence embeddings: {Engine} (fallback), because {Model} is not installed: missing {Files}", glove.Engine, MiniLmEmbedder.EngineName, string.Join(", ", missing));
        return glove;
    }

    public void Dispose()
    {
        if (vad.IsValueCreated)
        {
            vad.Value.Dispose();
        }

        if (vision.IsValueCreated)
        {
            vision.Value.Dispose();
        }

        foreach (var engine in speechEngines.OfType<IDisposable>())
        {
            engine.Dispose();
        }
    }
}
