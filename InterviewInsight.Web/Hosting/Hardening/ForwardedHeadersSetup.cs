using System.Net;
using InterviewInsight.Modules.Shared.Configuration;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.Options;

namespace InterviewInsight.Web.Hosting.Hardening;

/// <summary>Forwarded headers only from the proxies in <see cref="ProxyOptions"/>; the framework's default trust of loopback is dropped.</summary>
internal static class ForwardedHeadersSetup
{
    public static IServiceCollection AddProxies(this IServiceCollection services)
    {
        services.AddValidatedOptions<ProxyOptions>(ProxyOptions.Section);
        services.AddSingleton<IValidateOptions<ProxyOptions>, ProxyOptionsValidator>();
        services.AddOptions<ForwardedHeadersOptions>().Configure<IOptions<ProxyOptions>>((forwarded, proxies) =>
        {
            forwarded.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            // Every hop is checked against the lists, so a chain of known proxies is followed to the first address outside it.
            forwarded.ForwardLimit = null;
            forwarded.KnownProxies.Clear();
            forwarded.KnownIPNetworks.Clear();
            foreach (var proxy in proxies.Value.KnownProxies)
            {
                forwarded.KnownProxies.Add(IPAddress.Parse(proxy));
            }

            foreach (var network in proxies.Value.KnownNetworks)
            {
                forwarded.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(network));
            }
        });
        return services;
    }

    /// <summary>
    /// First in the pipeline, so everything after it (rate limits, links, cookies) sees the client's address and scheme.
    /// With no proxy configured, the first forwarded header that arrives is logged once: behind an unlisted proxy every
    /// client shares the proxy's address, and with it one log-in and registration limit.
    /// </summary>
    public static IApplicationBuilder UseProxies(this IApplicationBuilder app)
    {
        if (app.ApplicationServices.GetRequiredService<IOptions<ProxyOptions>>().Value.AnyConfigured)
        {
            return app.UseForwardedHeaders();
        }

        var warned = 0;
        var logger = app.ApplicationServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(ForwardedHeadersSetup));
        return app.Use((context, next) =>
        {
            if (context.Request.Headers.ContainsKey("X-Forwarded-For") && Interlocked.Exchange(ref warned, 1) == 0)
            {
                logger.LogWarning(
                    "A request from {Peer} carries X-Forwarded-For, but no proxy is configured, so the header is ignored and every client behind "
                    + "that proxy shares one address (and one log-in and registration rate limit). Set Proxy:KnownProxies or Proxy:KnownNetworks.",
                    context.Connection.RemoteIpAddress);
            }

            return next(context);
        });
    }
}
