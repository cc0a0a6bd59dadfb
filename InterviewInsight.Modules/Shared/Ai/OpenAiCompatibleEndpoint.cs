using System.Net.Http.Headers;

namespace InterviewInsight.Modules.Shared.Ai;

/// <summary>How an OpenAI-compatible endpoint setting (OpenAI, Azure, a local server) becomes the URL of one API.</summary>
public static class OpenAiCompatibleEndpoint
{
    /// <summary>
    /// Accepts a base URL (https://api.openai.com, http://host:8000/v1) or the API's full URL, and returns the full URL of
    /// <paramref name="apiPath"/> (for example "/audio/transcriptions") under "/v1".
    /// </summary>
    public static Uri Resolve(string endpoint, string apiPath)
    {
        var builder = new UriBuilder(endpoint.Trim());
        var path = builder.Path.TrimEnd('/');
        if (!path.EndsWith(apiPath, StringComparison.OrdinalIgnoreCase))
        {
            path += path.EndsWith("/v1", StringComparison.OrdinalIgnoreCase) ? apiPath : "/v1" + apiPath;
        }

        builder.Path = path;
        return builder.Uri;
    }

    /// <summary>Azure OpenAI takes the key in an api-key header; a Bearer header there means an Entra ID token.</summary>
    public static bool IsAzure(Uri uri) => uri.Host.Contains("openai.azure.com", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// Adds <paramref name="apiKey"/> the way the request's host expects it: an api-key header for Azure OpenAI, a Bearer
    /// token everywhere else. No key, no header (local servers).
    /// </summary>
    public static void Authorize(HttpRequestMessage request, string? apiKey)
    {
        if (string.IsNullOrWhiteSpace(apiKey))
        {
            return;
        }

        if (request.RequestUri is { } uri && IsAzure(uri))
        {
            request.Headers.Add("api-key", apiKey);
        }
        else
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", apiKey);
        }
    }
}
