using Microsoft.Extensions.Options;

namespace InterviewInsight.Modules.Shared.Configuration;

/// <summary>
/// The <c>App</c> section. <see cref="PublicUrl"/> is the address people reach this instance at: every link that
/// leaves the app (e-mails) is built from it, never from a request's Host header, which a caller controls.
/// </summary>
public sealed record AppOptions
{
    public const string Section = "App";

    public string? PublicUrl { get; init; }

    /// <summary>The public address ending in '/', or null when none (or no valid one) is configured.</summary>
    public Uri? PublicBase => Uri.TryCreate(PublicUrl?.TrimEnd('/') + "/", UriKind.Absolute, out var root) && root.Scheme is "http" or "https" ? root : null;

    /// <summary>An absolute link to <paramref name="pathAndQuery"/> (starting with '/') on the public address.</summary>
    public Uri? Link(string pathAndQuery) => PublicBase is { } root ? new Uri(root, pathAndQuery.TrimStart('/')) : null;
}

internal sealed class AppOptionsValidator : IValidateOptions<AppOptions>
{
    public ValidateOptionsResult Validate(string? name, AppOptions options) =>
        string.IsNullOrWhiteSpace(options.PublicUrl)
        || (Uri.TryCreate(options.PublicUrl, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" && string.IsNullOrEmpty(uri.Query) && string.IsNullOrEmpty(uri.Fragment))
            ? ValidateOptionsResult.Success
            : ValidateOptionsResult.Fail($"App:PublicUrl must be an absolute http(s) address without query or fragment, such as https://interviews.example.org (got '{options.PublicUrl}').");
}
