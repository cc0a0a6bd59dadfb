using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace InterviewInsight.Tests.TestInfrastructure;

/// <summary>A request as a loopback server records it; each kind reads the wire format its real server would.</summary>
internal interface IReceivedRequest<TSelf>
    where TSelf : IReceivedRequest<TSelf>
{
    static abstract Task<TSelf> ReadAsync(HttpRequest request);
}

/// <summary>
/// A real Kestrel server on 127.0.0.1 (free port) standing in for a paid outside service (OpenAI-compatible chat,
/// embeddings, transcription, speech): the product's real HTTP clients talk to it over the wire. It records each
/// request as <typeparamref name="TRequest"/> and answers with whatever the test's handler writes.
/// </summary>
internal sealed class LoopbackHttpServer<TRequest> : IAsyncDisposable
    where TRequest : IReceivedRequest<TRequest>
{
    private readonly WebApplication app;
    private readonly List<TRequest> received = [];

    private LoopbackHttpServer(WebApplication app) => this.app = app;

    public string BaseUrl => app.Urls.Single();

    public Uri BaseUri => new(BaseUrl);

    /// <summary>What arrived so far, in order.</summary>
    public IReadOnlyList<TRequest> Received
    {
        get
        {
            lock (received)
            {
                return [.. received];
            }
        }
    }

    public static async Task<LoopbackHttpServer<TRequest>> StartAsync(Func<HttpContext, TRequest, Task> respond)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        var server = new LoopbackHttpServer<TRequest>(app);
        app.Run(async context =>
        {
            var request = await TRequest.ReadAsync(context.Request);
            lock (server.received)
            {
                server.received.Add(request);
            }

            await respond(context, request);
        });
        await app.StartAsync();
        return server;
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }
}

/// <summary>A JSON API request (chat completions, embeddings, speech): method, path, credentials and body.</summary>
internal sealed record ReceivedJsonRequest(string Method, string PathAndQuery, string? Authorization, string? ApiKey, string Body)
    : IReceivedRequest<ReceivedJsonRequest>
{
    public static async Task<ReceivedJsonRequest> ReadAsync(HttpRequest request)
    {
        using var reader = new StreamReader(request.Body);
        return new ReceivedJsonRequest(
            request.Method,
            request.Path + request.QueryString,
            request.Headers.Authorization.FirstOrDefault(),
            request.Headers["api-key"].FirstOrDefault(),
            await reader.ReadToEndAsync());
    }

    public System.Text.Json.JsonDocument Json() => System.Text.Json.JsonDocument.Parse(Body);
}

/// <summary>Answers the loopback servers give.</summary>
internal static class LoopbackResponses
{
    public static Task Json(HttpContext context, string body, int status = 200)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json";
        return context.Response.WriteAsync(body);
    }
}
