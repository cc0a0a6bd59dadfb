using System.ClientModel;
using Microsoft.Extensions.AI;
using OpenAI;

namespace InterviewInsight.Modules.Shared.Ai;

/// <summary>
/// The optional OpenAI-compatible chat endpoint (<c>Ai:Chat:{Endpoint,ApiKey,Model}</c>) for the interviewer and the
/// answer judge: OpenAI, Azure OpenAI's v1 endpoint, or any compatible URL. Absent settings mean "no model".
/// </summary>
public sealed record ChatEndpoint(Uri Endpoint, string ApiKey, string Model)
{
    public static ChatEndpoint? From(AiEndpointSettings chat)
    {
        var (endpoint, model) = (chat.Endpoint, chat.Model);
        if (string.IsNullOrWhiteSpace(endpoint) || string.IsNullOrWhiteSpace(model) || !Uri.TryCreate(endpoint, UriKind.Absolute, out var uri))
        {
            return null;
        }

        // The OpenAI client appends "/chat/completions" to the endpoint, so a bare host gets the conventional "/v1".
        if (uri.AbsolutePath is "" or "/")
        {
            uri = new Uri(uri, "/v1");
        }

        return new ChatEndpoint(uri, chat.ApiKey ?? "", model);
    }

    /// <summary>
    /// A client for callers that give each call <paramref name="timeout"/> themselves (by cancelling). The SDK's own
    /// pipeline limits each try to its NetworkTimeout (100 s unless set) and retries 408, 429 and 5xx; the limit per try
    /// is set to the caller's, so it never ends a call the caller would still wait for, and the caller's bounds the retries.
    /// </summary>
    public IChatClient CreateClient(TimeSpan timeout) =>
        new OpenAIClient(
                new ApiKeyCredential(string.IsNullOrEmpty(ApiKey) ? "none" : ApiKey),
                new OpenAIClientOptions { Endpoint = Endpoint, NetworkTimeout = timeout })
            .GetChatClient(Model)
            .AsIChatClient();
}
