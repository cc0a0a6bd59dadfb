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

    /// <summary>First in the pipeline, so everything after it (rate limits, links, cookies) sees the client's address and scheme.</summary>
    public static IApplicationBuilder UseProxies(this IApplicationBuilder app) =>
        app.ApplicationServices.GetRequiredService<IOptions<ProxyOptions>>().Value.AnyConfigured ? app.UseForwardedHeaders() : app;
}
