using System.Net;
using Microsoft.Extensions.Options;

namespace InterviewInsight.Web.Hosting.Hardening;

/// <summary>
/// The <c>Proxy</c> section: the reverse proxies whose <c>X-Forwarded-For</c> and <c>X-Forwarded-Proto</c> headers are
/// believed. With none configured the headers are ignored, so a caller cannot pick the address its rate limits count against.
/// </summary>
public sealed record ProxyOptions
{
    public const string Section = "Proxy";

    /// <summary>Proxy addresses, such as <c>10.0.0.5</c>.</summary>
    public string[] KnownProxies { get; init; } = [];

    /// <summary>Proxy networks in CIDR notation, such as <c>10.0.0.0/8</c>.</summary>
    public string[] KnownNetworks { get; init; } = [];

    public bool AnyConfigured => KnownProxies.Length > 0 || KnownNetworks.Length > 0;
}

internal sealed class ProxyOptionsValidator : IValidateOptions<ProxyOptions>
{
    public ValidateOptionsResult Validate(string? name, ProxyOptions options)
    {
        var failures = options.KnownProxies.Select((proxy, i) => (proxy, i)).Where(p => !IPAddress.TryParse(p.proxy, out _))
            .Select(p => $"Proxy:KnownProxies:{p.i} must be an IP address such as 10.0.0.5 (got '{p.proxy}').")
            .Concat(options.KnownNetworks.Select((network, i) => (network, i)).Where(n => !IPNetwork.TryParse(n.network, out _))
                .Select(n => $"Proxy:KnownNetworks:{n.i} must be a network in CIDR notation such as 10.0.0.0/8 (got '{n.network}')."))
            .ToList();
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
