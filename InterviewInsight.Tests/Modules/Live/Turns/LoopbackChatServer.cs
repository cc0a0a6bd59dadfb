using System.Collections.Concurrent;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace InterviewInsight.Tests.Modules.Live.Turns;

/// <summary>
/// A real HTTP server on 127.0.0.1 (free port) speaking the OpenAI chat-completions protocol, so the interviewer
/// model client is tested through the actual OpenAI SDK and wire format rather than a mocked interface.
/// </summary>
internal sealed class LoopbackChatServer : IAsyncDisposable
{
    private readonly WebApplication app;

    private LoopbackChatServer(WebApplication app, Uri baseUri)
    {
        this.app = app;
        BaseUri = baseUri;
    }

    public Uri BaseUri { get; }

    public ConcurrentQueue<JsonDocument> Requests { get; } = new();

    public static async Task<LoopbackChatServer> StartAsync(Func<HttpContext, Task> respond)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        LoopbackChatServer? server = null;
        app.MapPost("/v1/chat/completions", async context =>
        {
            server!.Requests.Enqueue(await JsonDocument.ParseAsync(context.Request.Body, cancellationToken: context.RequestAborted));
            await respond(context);
        });
        await app.StartAsync();
        server = new LoopbackChatServer(app, new Uri(app.Urls.Single()));
        return server;
    }

    /// <summary>Answers with a chat completion whose message content is <paramref name="content"/>.</summary>
    public static Func<HttpContext, Task> Completion(string content, TimeSpan delay = default) => async context =>
    {
        if (delay > TimeSpan.Zero)
        {
            try
            {
                await Task.Delay(delay, context.RequestAborted);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }

        var body = new
        {
            id = "chatcmpl-loopback",
            @object = "chat.completion",
            created = 1_700_000_000,
            model = "loopback-model",
            choices = new[] { new { index = 0, message = new { role = "assistant", content }, finish_reason = "stop" } },
            usage = new { prompt_tokens = 10, completion_tokens = 10, total_tokens = 20 },
        };
        context.Response.ContentType = "application/json";
        await context.Response.WriteAsync(JsonSerializer.Serialize(body), context.RequestAborted);
    };

    public async ValueTask DisposeAsync()
    {
        foreach (var request in Requests)
        {
            request.Dispose();
        }

        await app.StopAsync();
        await app.DisposeAsync();
    }
}
