using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace InterviewInsight.Tests.TestInfrastructure;

/// <summary>
/// The in-process test server has no TCP peer; this startup filter sets the connection's remote address from the
/// <see cref="Header"/> request header, ahead of the whole app pipeline, so tests can play several clients and proxies.
/// </summary>
public sealed class TestPeerAddress : IStartupFilter
{
    public const string Header = "X-Test-Peer";

    public static void AddTo(IServiceCollection services) => services.AddSingleton<IStartupFilter, TestPeerAddress>();

    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Use((http, nextMiddleware) =>
        {
            if (http.Request.Headers.TryGetValue(Header, out var peer))
            {
                http.Connection.RemoteIpAddress = IPAddress.Parse(peer.ToString());
            }

            return nextMiddleware(http);
        });
        next(app);
    };
}
