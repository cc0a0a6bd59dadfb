using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;

namespace InterviewInsight.Modules.Shared.Ai;

/// <summary>
/// The <c>Ai</c> section: optional OpenAI-compatible endpoints (OpenAI, Azure OpenAI's v1 endpoint, a local server).
/// An endpoint left empty means that feature runs on the offline engines.
/// </summary>
public sealed record AiOptions
{
    public const string Section = "Ai";

    public AiEndpointSettings Chat { get; init; } = new();

    public AiEndpointSettings Transcription { get; init; } = new();

    public AiEndpointSettings Embeddings { get; init; } = new();

    public AiEndpointSettings Tts { get; init; } = new();

    /// <summary>For the headless commands, which run without the host's options.</summary>
    public static AiOptions From(IConfiguration config) => config.GetSection(Section).Get<AiOptions>() ?? new();
}

/// <summary>One endpoint: its URL, key and model (and, for speech, the voice). Empty <see cref="Endpoint"/> = not used.</summary>
public sealed record AiEndpointSettings
{
    public string? Endpoint { get; init; }

    public string? ApiKey { get; init; }

    public string? Model { get; init; }

    public string? Voice { get; init; }

    public bool IsConfigured => !string.IsNullOrWhiteSpace(Endpoint);
}

internal sealed class AiOptionsValidator : IValidateOptions<AiOptions>
{
    public ValidateOptionsResult Validate(string? name, AiOptions options)
    {
        var failures = new[] { ("Chat", options.Chat), ("Transcription", options.Transcription), ("Embeddings", options.Embeddings), ("Tts", options.Tts) }
            .Where(e => e.Item2.IsConfigured && !(Uri.TryCreate(e.Item2.Endpoint, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"))
            .Select(e => $"Ai:{e.Item1}:Endpoint must be an absolute http(s) address (got '{e.Item2.Endpoint}').")
            .ToList();
        if (options.Chat.IsConfigured && string.IsNullOrWhiteSpace(options.Chat.Model))
        {
            failures.Add("Ai:Chat:Endpoint is set but Ai:Chat:Model is empty: name the chat model to use.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
