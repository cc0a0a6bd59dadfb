using System.Security.Claims;
using InterviewInsight.Modules.Auth.Contracts;
using InterviewInsight.Modules.Auth.Data;
using InterviewInsight.Modules.Auth.Preferences;
using InterviewInsight.Modules.Auth.Services;
using InterviewInsight.Modules.Shared.Configuration;
using InterviewInsight.Modules.Shared.Data;
using InterviewInsight.Modules.Shared.Outbox;
using InterviewInsight.Modules.Shared.PersonalData;
using InterviewInsight.Modules.Shared.Time;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace InterviewInsight.Modules.Auth;

public static class AuthModule
{
    public static IServiceCollection AddAuthModule(this IServiceCollection services, IConfiguration config)
    {
        services.AddModuleDbContext<AuthDbContext, SqliteAuthDbContext, PostgresAuthDbContext>(config, AuthDbContext.Module);
        services.AddOutboxFor<AuthDbContext>(AuthDbContext.Module);

        // Identity's stores want a scoped context; it is short-lived (one request) because account pages are static.
        services.AddScoped(sp => sp.GetRequiredService<IDbContextFactory<AuthDbContext>>().CreateDbContext());

        services.AddCascadingAuthenticationState();
        services.AddScoped<IdentityRedirectManager>();
        services.AddScoped<AuthenticationStateProvider, IdentityRevalidatingAuthenticationStateProvider>();
        services.AddHttpContextAccessor();

        services.AddAuthentication(o =>
            {
                o.DefaultScheme = IdentityConstants.ApplicationScheme;
                o.DefaultSignInScheme = IdentityConstants.ExternalScheme;
            })
            .AddIdentityCookies();
        services.ConfigureApplicationCookie(o =>
        {
            o.LoginPath = AuthRoutes.Login;
            o.LogoutPath = AuthRoutes.Logout;
            o.AccessDeniedPath = AuthRoutes.AccessDenied;
            o.Cookie.Name = "InterviewInsight.Auth";
            o.Cookie.SameSite = SameSiteMode.Lax;
            o.SlidingExpiration = true;
            o.Events = new CookieAuthenticationEvents
            {
                // API callers (and report-link visitors) get status codes, not a login page.
                OnRedirectToLogin = ctx => ApiAwareRedirect(ctx, StatusCodes.Status401Unauthorized),
                OnRedirectToAccessDenied = ctx => ApiAwareRedirect(ctx, StatusCodes.Status403Forbidden),
            };
        });

        services.AddIdentityCore<AppUser>(o =>
            {
                o.User.RequireUniqueEmail = true;
                o.SignIn.RequireConfirmedAccount = false;
                o.Password.RequiredLength = 8;
                o.Password.RequireNonAlphanumeric = false;
                o.Password.RequireUppercase = true;
                o.Password.RequireLowercase = true;
                o.Password.RequireDigit = true;
                o.Lockout.AllowedForNewUsers = true;
            })
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<AuthDbContext>()
            .AddSignInManager()
            .AddDefaultTokenProviders();

        services.AddAuthorizationBuilder()
            .AddPolicy(Policies.Candidate, p => p.RequireRole(Roles.Candidate, Roles.Coach, Roles.Admin))
            .AddPolicy(Policies.Coach, p => p.RequireRole(Roles.Coach, Roles.Admin))
            .AddPolicy(Policies.Admin, p => p.RequireRole(Roles.Admin));

        services.AddValidatedOptions<AuthOptions>(AuthOptions.Section);
        services.AddOptions<IdentityOptions>().Configure<IOptions<AuthOptions>>((identity, auth) =>
        {
            identity.Lockout.MaxFailedAccessAttempts = auth.Value.MaxFailedAttempts;
            identity.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(auth.Value.LockoutMinutes);
        });
        services.AddSingleton<IEmailSender<AppUser>, SmtpEmailSender>();
        services.AddScoped<AccountRegistrar>();
        services.AddScoped<AccountDeleter>();
        services.AddScoped<ICurrentUser, CurrentUser>();
        services.AddSingleton<AccountPreferencesStore>();
        services.AddSingleton<IAuthApi, AuthApi>();
        services.AddSingleton<IPersonalDataSource, AccountPersonalData>();
        return services;
    }

    public static IEndpointRouteBuilder MapAuthModule(this IEndpointRouteBuilder endpoints)
    {
        // Log out is a POST with the antiforgery token the layout's form carries.
        endpoints.MapPost(AuthRoutes.Logout, async (SignInManager<AppUser> signIn, [FromForm] string? returnUrl) =>
        {
            await signIn.SignOutAsync();
            var target = string.IsNullOrEmpty(returnUrl) || !returnUrl.StartsWith('/') || returnUrl.StartsWith("//", StringComparison.Ordinal)
                ? "/"
                : returnUrl;
            return TypedResults.LocalRedirect(target);
        }).ExcludeFromDescription();

        endpoints.MapGet("/api/me", async (ClaimsPrincipal principal) =>
                CurrentUser.ToInfo(principal) is { } me ? Results.Ok(me) : Results.Unauthorized())
            .RequireAuthorization(Policies.Candidate)
            .WithTags("Account")
            .WithSummary("The signed-in user and their roles.");

        endpoints.MapGet(AuthRoutes.Export, async (ICurrentUser me, PersonalDataExport export, IClock clock, CancellationToken ct) =>
                TypedResults.Stream(await export.CreateAsync(await me.RequireUserIdAsync(), ct), "application/zip",
                    $"interviewinsight-export-{clock.UtcNow:yyyy-MM-dd}.zip"))
            .RequireAuthorization(Policies.Candidate)
            .WithTags("Account")
            .WithSummary("Everything of yours as a zip: account, sessions with their recordings and transcripts, analysis results, reflections.");
        PreferencesEndpoints.Map(endpoints);
        return endpoints;
    }

    /// <summary>Creates the three roles if missing and marks an instance with accounts as bootstrapped; runs after migrations.</summary>
    public static async Task InitializeAuthModuleAsync(IServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        var roles = scope.ServiceProvider.GetRequiredService<RoleManager<IdentityRole>>();
        foreach (var role in Roles.All)
        {
            if (!await roles.RoleExistsAsync(role))
            {
                await roles.CreateAsync(new IdentityRole(role));
            }
        }

        // Accounts made before the bootstrap flag existed: the instance was bootstrapped then, so nobody is promoted later.
        var db = scope.ServiceProvider.GetRequiredService<AuthDbContext>();
        if (!await db.Bootstrap.AnyAsync() && await db.Users.AnyAsync())
        {
            db.Bootstrap.Add(new InstanceBootstrap { BootstrappedAt = DateTime.UtcNow });
            try
            {
                await db.SaveChangesAsync();
            }
            catch (DbUpdateException)
            {
                // Another process starting at the same moment marked it first (the row's key is fixed): nothing to do.
            }
        }
    }

    private static Task ApiAwareRedirect(Microsoft.AspNetCore.Authentication.RedirectContext<CookieAuthenticationOptions> ctx, int status)
    {
        // Report links (/r/...) are anonymous and must never bounce a visitor to the log-in page either.
        if (ctx.Request.Path.StartsWithSegments("/api") || ctx.Request.Path.StartsWithSegments("/r"))
        {
            ctx.Response.StatusCode = status;
        }
        else
        {
            ctx.Response.Redirect(ctx.RedirectUri);
        }

        return Task.CompletedTask;
    }
}
