namespace InterviewInsight.Modules.Engines.Speech.Transcription;

/// <summary>An OpenAI-compatible endpoint (configuration Ai:Transcription:{Endpoint,ApiKey,Model}).</summary>
internal sealed record AiEndpointOptions(string Endpoint, string ApiKey, string Model);
