using System.Text.Json;
using InterviewInsight.Tests.TestInfrastructure;
using Microsoft.AspNetCore.Http;

namespace InterviewInsight.Tests.Modules.Live.Turns;

/// <summary>
/// The OpenAI chat-completions protocol on a loopback server, so the interviewer model client is tested through the
/// actual OpenAI SDK and wire format rather than a mocked interface.
/// </summary>
internal static class LoopbackChat
{
    public static Task<LoopbackHttpServer<ReceivedJsonRequest>> StartAsync(Func<HttpContext, ReceivedJsonRequest, Task> respond) =>
        LoopbackHttpServer<ReceivedJsonRequest>.StartAsync(respond);

    /// <summary>Answers with a chat completion whose message content is <paramref name="content"/>.</summary>
    public static Func<HttpContext, ReceivedJsonRequest, Task> Completion(string content, TimeSpan delay = default) => async (context, _) =>
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
        await LoopbackResponses.Json(context, JsonSerializer.Serialize(body));
    };
}
