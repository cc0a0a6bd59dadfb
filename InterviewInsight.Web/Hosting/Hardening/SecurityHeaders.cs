using System.Security.Cryptography;
using Microsoft.Net.Http.Headers;

namespace InterviewInsight.Web.Hosting.Hardening;

/// <summary>
/// Headers on every response: <c>nosniff</c>, a referrer policy, a content security policy, and <c>Cache-Control: no-store</c>
/// on the API (every /api read is one user's data: sessions, media, results, reports, exports).
/// </summary>
internal static class SecurityHeaders
{
    private const string NonceKey = "InterviewInsight.CspNonce";

    /// <summary>
    /// Pages: scripts only from this origin, plus the one inline script Blazor writes (the import map), allowed by a
    /// per-request nonce. Styles allow inline because MudBlazor sets style attributes and writes its theme as a style
    /// element. connect-src 'self' covers the circuit's WebSocket; media and images may be blob: or data: (recording
    /// previews, icons). No plug-ins, no foreign base or form targets, framed only by this origin.
    /// </summary>
    private const string PagePolicy =
        "default-src 'self'; script-src 'self' 'nonce-{0}'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; " +
        "media-src 'self' blob:; font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'self'; " +
        "form-action 'self'; frame-ancestors 'self'";

    /// <summary>
    /// The API reference (Scalar at /api/docs) starts itself with an inline module script that carries no nonce. It shows only
    /// the public OpenAPI description, no user data, so inline scripts are allowed there and nowhere else.
    /// </summary>
    private const string ApiReferencePolicy =
        "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; " +
        "font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'self'";

    /// <summary>JSON and other data: loads nothing if opened as a document.</summary>
    private const string DataPolicy = "default-src 'none'; frame-ancestors 'self'";

    /// <summary>PDFs and recordings open in the browser's own viewer, which a default-src 'none' can blank out.</summary>
    private const string ViewerPolicy = "frame-ancestors 'self'";

    /// <summary>The nonce this request's page gives its inline import map (made on first use).</summary>
    public static string Nonce(HttpContext http)
    {
        if (http.Items[NonceKey] is not string nonce)
        {
            // Hex, not base64: a "+" would reach the page HTML-encoded (fine for browsers, but a needless difference between header and page).
            nonce = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
            http.Items[NonceKey] = nonce;
        }

        return nonce;
    }

    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) =>
        app.Use((http, next) =>
        {
            http.Response.OnStarting(() =>
            {
                Apply(http);
                return Task.CompletedTask;
            });
            return next(http);
        });

    private static void Apply(HttpContext http)
    {
        var headers = http.Response.Headers;
        headers.XContentTypeOptions = "nosniff";
        // Report links set no-referrer themselves (their token is in the address); everything else keeps its address in-site.
        headers.TryAdd("Referrer-Policy", "same-origin");
        headers.ContentSecurityPolicy = PolicyFor(http);
        if (http.Request.Path.StartsWithSegments("/api") && !headers.ContainsKey(HeaderNames.CacheControl))
        {
            headers.CacheControl = "no-store";
        }
    }

    private static string PolicyFor(HttpContext http)
    {
        var type = http.Response.ContentType ?? "";
        if (type.StartsWith("text/html", StringComparison.OrdinalIgnoreCase))
        {
            if (http.Request.Path.StartsWithSegments(ApiDocs.ReferencePath))
            {
                return ApiReferencePolicy;
            }

            return string.Format(System.Globalization.CultureInfo.InvariantCulture, PagePolicy, Nonce(http));
        }

        return type.StartsWith("application/pdf", StringComparison.OrdinalIgnoreCase)
            || type.StartsWith("video/", StringComparison.OrdinalIgnoreCase)
            || type.StartsWith("audio/", StringComparison.OrdinalIgnoreCase)
            ? ViewerPolicy
            : DataPolicy;
    }
}
