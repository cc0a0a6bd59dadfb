using InterviewInsight.Tests.TestInfrastructure;
using Microsoft.AspNetCore.Http;

namespace InterviewInsight.Tests.Engines.Speech.Transcription;

/// <summary>The multipart request an OpenAI-compatible transcription server reads.</summary>
internal sealed record ReceivedTranscriptionRequest(
    string Method,
    string PathAndQuery,
    string? Authorization,
    string? ApiKey,
    IReadOnlyDictionary<string, string[]> Fields,
    string? FileName,
    string? FileContentType,
    byte[] File) : IReceivedRequest<ReceivedTranscriptionRequest>
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
