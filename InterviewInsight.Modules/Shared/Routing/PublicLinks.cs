using InterviewInsight.Modules.Shared.Configuration;
using Microsoft.AspNetCore.Http;

namespace InterviewInsight.Modules.Shared.Routing;

/// <summary>Absolute links handed to people (report links, invitations).</summary>
public static class PublicLinks
{
    /// <summary>On App:PublicUrl when set; else on the request's own scheme and host (a link made on this address opens on it).</summary>
    public static string Absolute(AppOptions app, HttpRequest request, string path) =>
        Absolute(app, $"{request.Scheme}://{request.Host}{request.PathBase}/", path);

    /// <summary>On App:PublicUrl when set; else on <paramref name="baseUri"/>, the address the page or request came in on.</summary>
    public static string Absolute(AppOptions app, string baseUri, string path) =>
        (app.Link(path) ?? new Uri(new Uri(baseUri.TrimEnd('/') + "/"), path.TrimStart('/'))).ToString();
}
