using InterviewInsight.Modules;
using InterviewInsight.Web.Components;
using InterviewInsight.Web.Hosting.Hardening;
using Microsoft.AspNetCore.Diagnostics;
using MudBlazor.Services;

namespace InterviewInsight.Web.Hosting;

/// <summary>Everything Program.cs wires, in one place, so Program stays a few lines.</summary>
internal static class InterviewInsightHost
{
    public static WebApplicationBuilder AddInterviewInsight(this WebApplicationBuilder builder, string[] args)
    {
        // appsettings.json lives at the repository root and is copied next to the binaries. Reloading on change watches the file
        // (an inotify instance on Linux); the standard switch hostBuilder:reloadConfigOnChange turns it off, as the tests do.
        var reload = builder.Configuration.GetValue("hostBuilder:reloadConfigOnChange", defaultValue: true);
        builder.Configuration.AddJsonFile(Path.Combine(AppContext.BaseDirectory, "appsettings.json"), optional: false, reloadOnChange: reload);
        builder.Configuration.AddEnvironmentVariables();
        builder.Configuration.AddCommandLine(args);

        var role = ProcessRole.From(builder.Configuration);
        builder.Services.AddSingleton(role);
        builder.Services.AddRazorComponents().AddInteractiveServerComponents();
        builder.Services.AddMudServices();
        builder.Services.AddModules(builder.Configuration, role);
        builder.Services.AddJobs(builder.Configuration, role);
        builder.Services.AddReadinessChecks();
        builder.Services.AddApiDocs();
        builder.Services.AddProblemDetails();
        builder.Services.AddRateLimits();
        builder.Services.AddProxies();
        builder.Services.AddPublicUrlHardening();

        // Enums travel as their names ("Succeeded", "Upload"), so API clients never depend on declaration order.
        builder.Services.ConfigureHttpJsonOptions(o => o.SerializerOptions.Converters.Add(new System.Text.Json.Serialization.JsonStringEnumConverter()));
        return builder;
    }

    public static async Task UseInterviewInsightAsync(this WebApplication app)
    {
        await app.Services.InitializeModulesAsync(app.Logger);

        app.UseProxies();
        app.UseSecurityHeaders();
        app.UseExceptionHandler("/Error", createScopeForErrors: true);
        // Friendly status pages are for people; API clients get the bare status or problem details (a re-executed POST
        // would also trip the page's antiforgery check and turn a 401 into a 400).
        app.UseStatusCodePagesWithReExecute("/not-found", createScopeForStatusCodePages: true);
        app.Use((context, next) =>
        {
            if (context.Request.Path.StartsWithSegments("/api") && context.Features.Get<IStatusCodePagesFeature>() is { } statusPages)
            {
                statusPages.Enabled = false;
            }

            return next(context);
        });
        app.UseAuthentication();
        app.UseAuthorization();
        // After authorisation, so per-user limits know the user and an anonymous call to a limited endpoint is a 401, not a count.
        app.UseRateLimiter();
        app.UseAntiforgery();

        app.MapStaticAssets();
        app.MapRazorComponents<App>()
            .AddInteractiveServerRenderMode()
            .AddAdditionalAssemblies(typeof(ModulesAssembly).Assembly);

        app.MapHealth();
        app.MapApiDocs();
        app.MapModules();

        var urls = app.Urls.Count > 0 ? string.Join(", ", app.Urls) : app.Configuration["urls"] ?? "(default)";
        app.Lifetime.ApplicationStarted.Register(() =>
            app.Logger.LogInformation("InterviewInsight is running at {Urls}", string.Join(", ", app.Urls.DefaultIfEmpty(urls))));
    }
}
