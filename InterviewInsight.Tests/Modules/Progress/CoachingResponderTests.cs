using System.ClientModel;
using System.ClientModel.Primitives;
using System.Text.Json;
using InterviewInsight.Modules.Engines.Results;
using InterviewInsight.Modules.Progress.Reflections;
using InterviewInsight.Modules.Shared.Ai;
using InterviewInsight.Tests.Modules.Live.Turns;
using InterviewInsight.Tests.TestInfrastructure;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging.Abstractions;
using OpenAI;

namespace InterviewInsight.Tests.Modules.Progress;

/// <summary>
/// The coaching response from a configured <c>Ai:Chat</c> model, through the real OpenAI client against a loopback
/// chat-completions server, on the reference result (the golden analysis of a real clip): used only when it quotes the
/// candidate's transcript, the template otherwise.
/// </summary>
public sealed class CoachingResponderTests
{
    private const string Model = "coach-model";

    private static readonly ReflectionText Reflection = new("I kept calm and gave a clear example", "Give a result at the end", "a bit nervous");

    private static CoachingResponder Configured(LoopbackHttpServer<ReceivedJsonRequest> server) => CoachingResponder.From(
        new AiOptions { Chat = new AiEndpointSettings { Endpoint = server.BaseUrl, ApiKey = "sk-test", Model = Model } },
        NullLogger<CoachingResponder>.Instance);

    private static string Template(AnalysisResult result) => CoachingResponseWriter.Write(Reflection, result).Text;

    [Fact]
    public async Task Given_a_model_reply_that_quotes_the_transcript_When_writing_Then_it_is_the_response_and_the_source_names_the_model()
    {
        // Arrange: "you would have got the breakfast" is in the clip's second answer
        const string reply = """
            You noted that you kept calm, and your delivery bears that out. The content needs the most work: when you said
            "you would have got the breakfast and out of the day", the answer never said what you did or what came of it.
            Next time, end each answer with one sentence that states the result.
            """;
        await using var server = await LoopbackChat.StartAsync(LoopbackChat.Completion(reply));
        var result = GoldenResult.Load();

        // Act
        var response = await Configured(server).WriteAsync(Reflection, result, CancellationToken.None);

        // Assert: the reply stands, attributed to the model
        response.Text.ShouldBe(reply.Trim());
        response.Source.ShouldBe("ai:coach-model");
        response.ModelNotUsedBecause.ShouldBeNull();

        // Assert: the model was asked on the chat-completions wire with the measured results, the transcript and the reflection
        var request = server.Received.ShouldHaveSingleItem();
        request.PathAndQuery.ShouldBe("/v1/chat/completions");
        request.Authorization.ShouldBe("Bearer sk-test");
        using var body = request.Json();
        body.RootElement.GetProperty("model").GetString().ShouldBe(Model);
        var prompt = body.RootElement.GetProperty("messages")[1].GetProperty("content").GetString()!;
        prompt.ShouldContain("I kept calm and gave a clear example");
        prompt.ShouldContain("things to the light you know not what you would have got the breakfast");
        prompt.ShouldContain(result.Recommendations[0].Text);
        prompt.ShouldContain($"content: {result.Scores!.Content!.Value:0} ({result.Scores.Content.Band})");
    }

    [Fact]
    public async Task Given_a_model_reply_that_quotes_nothing_When_writing_Then_the_template_stands_and_says_why()
    {
        // Arrange
        await using var server = await LoopbackChat.StartAsync(LoopbackChat.Completion(
            "Good effort overall. Work on structure: give the situation, your action and the result. You will get there."));
        var result = GoldenResult.Load();

        // Act
        var response = await Configured(server).WriteAsync(Reflection, result, CancellationToken.None);

        // Assert
        server.Received.Count.ShouldBe(1);
        response.Source.ShouldBe(CoachingResponseWriter.MeasuredResults);
        response.Text.ShouldBe(Template(result));
        response.ModelNotUsedBecause!.ShouldContain("quotes no phrase of 4 or more words from the transcript");
    }

    [Fact]
    public async Task Given_a_model_reply_that_also_invents_a_quote_When_writing_Then_the_template_stands()
    {
        // Arrange: one true quotation, one the candidate never said
        await using var server = await LoopbackChat.StartAsync(LoopbackChat.Completion(
            "You said “you would have got the breakfast” and later “we doubled revenue in three months”, a strong result."));
        var result = GoldenResult.Load();

        // Act
        var response = await Configured(server).WriteAsync(Reflection, result, CancellationToken.None);

        // Assert
        response.Source.ShouldBe(CoachingResponseWriter.MeasuredResults);
        response.Text.ShouldBe(Template(result));
        response.ModelNotUsedBecause!.ShouldContain("we doubled revenue in three months");
    }

    [Fact]
    public async Task Given_the_model_endpoint_fails_When_writing_Then_the_template_stands_and_says_why()
    {
        // Arrange: a server error; this client does not retry, so the error is the answer at once (the product's client
        // retries 5xx, within the same time limit)
        await using var server = await LoopbackChat.StartAsync((context, _) =>
            LoopbackResponses.Json(context, JsonSerializer.Serialize(new { error = new { message = "The server had an error", type = "server_error" } }), 500));
        var client = new OpenAI.Chat.ChatClient(Model, new ApiKeyCredential("sk-test"), new OpenAIClientOptions
        {
            Endpoint = new Uri(server.BaseUrl + "/v1"),
            RetryPolicy = new ClientRetryPolicy(0),
        }).AsIChatClient();
        var responder = new CoachingResponder(client, Model, CoachingResponder.DefaultTimeout, NullLogger<CoachingResponder>.Instance);
        var result = GoldenResult.Load();

        // Act
        var response = await responder.WriteAsync(Reflection, result, CancellationToken.None);

        // Assert
        server.Received.Count.ShouldBe(1);
        response.Source.ShouldBe(CoachingResponseWriter.MeasuredResults);
        response.Text.ShouldBe(Template(result));
        response.ModelNotUsedBecause!.ShouldContain("the model call failed");
    }

    [Fact]
    public async Task Given_no_chat_model_configured_When_writing_Then_the_template_without_any_call()
    {
        var responder = CoachingResponder.From(new AiOptions(), NullLogger<CoachingResponder>.Instance);
        var result = GoldenResult.Load();

        var response = await responder.WriteAsync(Reflection, result, CancellationToken.None);

        response.Source.ShouldBe(CoachingResponseWriter.MeasuredResults);
        response.Text.ShouldBe(Template(result));
        response.ModelNotUsedBecause.ShouldBeNull();
    }

    [Fact]
    public async Task Given_no_analysis_yet_When_writing_with_a_model_configured_Then_the_reflection_only_template_and_no_call()
    {
        // Arrange
        await using var server = await LoopbackChat.StartAsync(LoopbackChat.Completion("unused"));

        // Act
        var response = await Configured(server).WriteAsync(Reflection, null, CancellationToken.None);

        // Assert
        response.Source.ShouldBe(CoachingResponseWriter.ReflectionOnly);
        server.Received.ShouldBeEmpty();
    }
}
