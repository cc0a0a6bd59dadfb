using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace InterviewInsight.Tests.Engines.Content;

/// <summary>
/// A real Kestrel server on 127.0.0.1 (free port) for JSON APIs (OpenAI embeddings, chat completions). It records each
/// request's method, path, authorization header and body, and answers with whatever the test's handler writes.
/// </summary>
internal sealed class LoopbackJsonServer : IAsyncDisposable
{
    private readonly WebApplication app;

    private LoopbackJsonServer(WebApplication app) => this.app = app;

    public string BaseUrl { get; private set; } = string.Empty;

    public List<ReceivedJsonRequest> Received { get; } = [];

    public static async Task<LoopbackJsonServer> StartAsync(Func<HttpContext, ReceivedJsonRequest, Task> respond)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        var server = new LoopbackJsonServer(app);
        app.Run(async context =>
        {
            using var reader = new StreamReader(context.Request.Body);
            var received = new ReceivedJsonRequest(
                context.Request.Method,
                context.Request.Path + context.Request.QueryString,
                context.Request.Headers.Authorization.FirstOrDefault(),
                await reader.ReadToEndAsync());
            lock (server.Received)
            {
                server.Received.Add(received);
            }

            await respond(context, received);
        });
        await app.StartAsync();
        server.BaseUrl = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.Single();
        return server;
    }

    public static Task Json(HttpContext context, string body, int status = 200)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json";
        return context.Response.WriteAsync(body);
    }

    public async ValueTask DisposeAsync()
    {
        await this.app.StopAsync();
        await this.app.DisposeAsync();
    }
}

internal sealed record ReceivedJsonRequest(string Method, string PathAndQuery, string? Authorization, string Body);
