using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace InterviewInsight.Tests.Engines.Speech.Transcription;

/// <summary>
/// A real Kestrel server on 127.0.0.1 (free port) that reads the multipart request the way an OpenAI-compatible
/// server does and answers with whatever the test's handler writes. It records what it received.
/// </summary>
internal sealed class LoopbackTranscriptionServer : IAsyncDisposable
{
    private readonly WebApplication app;

    private LoopbackTranscriptionServer(WebApplication app) => this.app = app;

    public string BaseUrl { get; private set; } = string.Empty;

    public List<ReceivedTranscriptionRequest> Received { get; } = [];

    public static async Task<LoopbackTranscriptionServer> StartAsync(Func<HttpContext, ReceivedTranscriptionRequest, Task> respond)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        var server = new LoopbackTranscriptionServer(app);
        app.Run(async context =>
        {
            var received = await ReceivedTranscriptionRequest.ReadAsync(context.Request);
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

    public async ValueTask DisposeAsync()
    {
        await this.app.StopAsync();
        await this.app.DisposeAsync();
    }
}

internal sealed record ReceivedTranscriptionRequest(
    string Method,
    string PathAndQuery,
    string? Authorization,
    string? ApiKey,
    IReadOnlyDictionary<string, string[]> Fields,
    string? FileName,
    string? FileContentType,
    byte[] File)
{
    public static async Task<ReceivedTranscriptionRequest> ReadAsync(HttpRequest request)
    {
        var form = await request.ReadFormAsync();
        var file = form.Files.GetFile("file");
        var bytes = Array.Empty<byte>();
        if (file is not null)
        {
            using var buffer = new MemoryStream();
            await file.CopyToAsync(buffer);
            bytes = buffer.ToArray();
        }

        return new ReceivedTranscriptionRequest(
            request.Method,
            request.Path + request.QueryString,
            request.Headers.Authorization.FirstOrDefault(),
            request.Headers["api-key"].FirstOrDefault(),
            form.ToDictionary(f => f.Key, f => f.Value.Select(v => v ?? string.Empty).ToArray()),
            file?.FileName,
            file?.ContentType,
            bytes);
    }
}
