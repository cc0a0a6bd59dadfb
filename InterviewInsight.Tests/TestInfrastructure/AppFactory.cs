using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace InterviewInsight.Tests.TestInfrastructure;

/// <summary>
/// The real host on real SQLite files in a fresh temp folder and the real Hangfire in-memory store.
/// Pass the same <see cref="DataPath"/> to a second factory to simulate a restart on the same data.
/// </summary>
public sealed class AppFactory : WebApplicationFactory<Program>
{
    private readonly Dictionary<string, string?> settings;
    private readonly Action<IServiceCollection>? configureServices;
    private readonly string? role;

    public AppFactory(string? dataPath = null, IDictionary<string, string?>? settings = null, Action<IServiceCollection>? configureServices = null, string? role = null)
    {
        DataPath = dataPath ?? Directory.CreateTempSubdirectory("ii-test-").FullName;
        this.configureServices = configureServices;
        this.role = role;
        this.settings = new Dictionary<string, string?>
        {
            ["Database:Provider"] = "Sqlite",
            ["Data:Path"] = DataPath,
            ["Models:Path"] = Environment.GetEnvironmentVariable("II_TEST_MODELS_PATH") ?? Path.Combine(DataPath, "models"),
            ["ConnectionStrings:Hangfire"] = "",
            ["Outbox:PollMilliseconds"] = "200",
            ["Logging:Console:FormatterName"] = "simple",
            // Tests register many accounts and post many chunks from one address in a minute; rate-limit tests turn this on.
            ["RateLimits:Enabled"] = "false",
            // Test clients call on localhost (and forged hosts) even when App:PublicUrl names another; host-filter tests clear this.
            ["AllowedHosts"] = "*",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            this.settings[key] = value;
        }
    }

    public string DataPath { get; }

    public HttpClient CreateClientAs(string userId, string role)
    {
        var client = CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        client.DefaultRequestHeaders.Add(TestAuthHandler.Header, $"{userId};{role}");
        return client;
    }

    /// <summary>A client signed in as the user that also carries a valid antiforgery cookie and header, like the app's own pages.</summary>
    public HttpClient CreateClientWithAntiforgery(string userId, string role)
    {
        var client = CreateClientAs(userId, role);
        var http = new DefaultHttpContext { RequestServices = Services, User = TestAuthHandler.PrincipalFor($"{userId};{role}") };
        var tokens = Services.GetRequiredService<IAntiforgery>().GetTokens(http);
        var cookieName = Services.GetRequiredService<IOptions<AntiforgeryOptions>>().Value.Cookie.Name;
        client.DefaultRequestHeaders.Add("Cookie", $"{cookieName}={tokens.CookieToken}");
        client.DefaultRequestHeaders.Add(tokens.HeaderName!, tokens.RequestToken);
        return client;
    }

    public HttpClient CreateAnonymousClient() => CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        if (role is not null)
        {
            builder.UseSetting("role", role);
        }

        builder.ConfigureAppConfiguration((_, config) => config.AddInMemoryCollection(settings));
        builder.ConfigureTestServices(services =>
        {
            services.AddAuthentication()
                .AddScheme<AuthenticationSchemeOptions, TestAuthHandler>(TestAuthHandler.SchemeName, o =>
                    o.ForwardDefaultSelector = ctx => ctx.Request.Headers.ContainsKey(TestAuthHandler.Header) ? null : IdentityConstants.ApplicationScheme);
            services.Configure<AuthenticationOptions>(o =>
            {
                o.DefaultScheme = TestAuthHandler.SchemeName;
                o.DefaultAuthenticateScheme = TestAuthHandler.SchemeName;
                o.DefaultChallengeScheme = TestAuthHandler.SchemeName;
                o.DefaultForbidScheme = TestAuthHandler.SchemeName;
            });
            configureServices?.Invoke(services);
        });
    }
}
