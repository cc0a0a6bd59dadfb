using System.Security.Claims;
using InterviewInsight.Modules.Auth.Contracts;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace InterviewInsight.Modules.Auth.Services;

/// <summary>
/// Reads the user from the HTTP request when there is one (endpoints, prerendering) and from the circuit's
/// authentication state otherwise (interactive components, where HttpContext is not reliable).
/// </summary>
internal sealed class CurrentUser(IHttpContextAccessor http, IServiceProvider services) : ICurrentUser
{
    public async Task<CurrentUserInfo?> GetAsync()
    {
        var principal = http.HttpContext?.User;
        if (principal?.Identity?.IsAuthenticated != true)
        {
            var provider = services.GetService<AuthenticationStateProvider>();
            if (provider is not null && http.HttpContext is null)
            {
                principal = (await provider.GetAuthenticationStateAsync()).User;
            }
        }

        return ToInfo(principal);
    }

    public async Task<string> RequireUserIdAsync() =>
        (await GetAsync())?.Id ?? throw new UnauthorizedAccessException("Sign in first.");

    internal static CurrentUserInfo? ToInfo(ClaimsPrincipal? principal)
    {
        if (principal?.Identity?.IsAuthenticated != true)
        {
            return null;
        }

        var id = principal.FindFirstValue(ClaimTypes.NameIdentifier);
        if (string.IsNullOrEmpty(id))
        {
            return null;
        }

        var roles = principal.FindAll(ClaimTypes.Role).Select(c => c.Value).ToList();
        return new CurrentUserInfo(id, principal.FindFirstValue(ClaimTypes.Email) ?? principal.Identity.Name ?? "", roles);
    }
}
