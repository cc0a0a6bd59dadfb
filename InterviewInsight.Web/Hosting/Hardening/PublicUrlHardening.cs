using InterviewInsight.Modules.Shared.Configuration;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.HostFiltering;
using Microsoft.Extensions.Options;

namespace InterviewInsight.Web.Hosting.Hardening;

/// <summary>
/// What <c>App:PublicUrl</c> says about the deployment: an https address means the sign-in cookies are sent only over
/// https, and its host is the only one requests may name unless <c>AllowedHosts</c> is set explicitly.
/// </summary>
internal static class PublicUrlHardening
{
    public static IServiceCollection AddPublicUrlHardening(this IServiceCollection services)
    {
        services.AddSingleton<IPostConfigureOptions<CookieAuthenticationOptions>, SecureCookiesOnHttps>();

        // Runs before the framework's own post-configuration, which falls back to AllowedHosts or "*" only when the list is empty.
        services.AddOptions<HostFilteringOptions>().Configure<IConfiguration, IOptions<AppOptions>>((filtering, config, app) =>
        {
            if (string.IsNullOrWhiteSpace(config["AllowedHosts"]) && app.Value.PublicBase is { } publicBase)
            {
                filtering.AllowedHosts = [publicBase.IdnHost];
            }
        });
        return services;
    }

    /// <summary>Every Identity cookie (the sign-in cookie and its two-factor and external companions), whatever scheme name.</summary>
    private sealed class SecureCookiesOnHttps(IOptions<AppOptions> app) : IPostConfigureOptions<CookieAuthenticationOptions>
    {
        public void PostConfigure(string? name, CookieAuthenticationOptions options)
        {
            if (app.Value.PublicBase?.Scheme == Uri.UriSchemeHttps)
            {
                options.Cookie.SecurePolicy = CookieSecurePolicy.Always;
            }
        }
    }
}
