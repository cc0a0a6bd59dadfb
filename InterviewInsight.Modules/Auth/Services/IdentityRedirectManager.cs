using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Http;

namespace InterviewInsight.Modules.Auth.Services;

/// <summary>Redirects from static-rendered account pages, refusing open redirects, with an optional one-shot status message.</summary>
internal sealed class IdentityRedirectManager(NavigationManager navigation)
{
    public const string StatusCookieName = "Identity.StatusMessage";

    private static readonly CookieBuilder StatusCookieBuilder = new()
    {
        SameSite = SameSiteMode.Strict,
        HttpOnly = true,
        IsEssential = true,
        MaxAge = TimeSpan.FromSeconds(5),
    };

    public void RedirectTo(string? uri)
    {
        uri ??= "";
        if (!Uri.IsWellFormedUriString(uri, UriKind.Relative) || uri.StartsWith("//", StringComparison.Ordinal))
        {
            uri = navigation.ToBaseRelativePath(uri);
        }

        navigation.NavigateTo(uri);
    }

    public void RedirectToWithStatus(string uri, string message, HttpContext context)
    {
        context.Response.Cookies.Append(StatusCookieName, message, StatusCookieBuilder.Build(context));
        RedirectTo(uri);
    }
}
