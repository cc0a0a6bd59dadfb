using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace InterviewInsight.Tests.TestInfrastructure;

/// <summary>
/// Signs a request in as the user named in the X-Test-User header ("id;role"). Requests without the header fall
/// through to the real Identity cookie scheme, so anonymous behaviour (redirect to log-in) stays real.
/// </summary>
public sealed class TestAuthHandler(IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "Test";
    public const string Header = "X-Test-User";

    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (!Request.Headers.TryGetValue(Header, out var value))
        {
            return Task.FromResult(AuthenticateResult.NoResult());
        }

        return Task.FromResult(AuthenticateResult.Success(new AuthenticationTicket(PrincipalFor(value.ToString()), SchemeName)));
    }

    /// <summary>The user a header value ("id;role") stands for; also used to mint antiforgery tokens bound to that user.</summary>
    public static ClaimsPrincipal PrincipalFor(string headerValue)
    {
        var parts = headerValue.Split(';');
        var claims = new List<Claim> { new(ClaimTypes.NameIdentifier, parts[0]), new(ClaimTypes.Name, parts[0] + "@test.local"), new(ClaimTypes.Email, parts[0] + "@test.local") };
        claims.AddRange(parts.Skip(1).Select(role => new Claim(ClaimTypes.Role, role)));
        return new ClaimsPrincipal(new ClaimsIdentity(claims, SchemeName));
    }
}
