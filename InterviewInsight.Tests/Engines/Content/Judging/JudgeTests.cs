using System.ClientModel;
using System.ClientModel.Primitives;
using System.Text.Json;
using InterviewInsight.Tests.TestInfrastructure;
using InterviewInsight.Modules.Engines.Content;
using InterviewInsight.Modules.Engines.Content.Judging;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.AI;
using OpenAI;

namespace InterviewInsight.Tests.Engines.Content.Judging;

/// <summary>The rule judge, and the LLM judge through the real OpenAI client against a loopback chat-completions server.</summary>
[Trait("Category", "Integration")]
public sealed class JudgeTests
{
    private static async Task<AnswerContent> StarContentAsync() =>
        await new ContentAnalyzer(ContentTestModels.Glove(), ContentTestModels.Vader)
            .AnalyzeAsync(new AnswerContentRequest("q1", SampleAnswers.Question, SampleAnswers.Words(SampleAnswers.Star), 0, 30), CancellationToken.None);

    private static IChatClient Client(string baseUrl) =>
        new OpenAI.Chat.ChatClient("judge-model", new ApiKeyCredential("sk-test"), new OpenAIClientOptions
        {
            Endpoint = new Uri(baseUrl + "/v1"),
            RetryPolicy = new ClientRetryPolicy(0),
        }).AsIChatClient();

    /// <summary>An OpenAI chat.completion response whose assistant message is <paramref name="content"/>.</summary>
    private static Task Completion(HttpContext context, string content) =>
        LoopbackResponses.Json(context, JsonSerializer.Serialize(new
        {
            id = "chatcmpl-test",
            @object = "chat.completion",
            created = 1_760_000_000,
            model = "judge-model",
            choices = new[] { new { index = 0, message = new { role = "assistant", content }, finish_reason = "stop" } },
            usage = new { prompt_tokens = 120, completion_tokens = 60, total_tokens = 180 },
        }));

    [Fact]
    public async Task Given_star_content_When_rule_judging_Then_every_criterion_quotes_the_transcript()
    {
        // Arrange
        var content = await StarContentAsync();
        var transcript = string.Join(' ', content.Sentences.Select(s => s.Text));

        // Act
        var result = await new RuleBasedJudge().JudgeAsync(SampleAnswers.Question, content, CancellationToken.None);

        // Assert
        result.Engine.ShouldBe("rule-based");
        result.FallbackReason.ShouldBeNull();
        result.Criteria.Select(c => c.Name).ShouldBe(["context", "action", "result", "specificity", "relevance"]);
        result.Criteria.Single(c => c.Name == "context").Score.ShouldBe(5);
        result.Criteria.Single(c => c.Name == "result").Score.ShouldBe(5);
        result.Criteria.ShouldAllBe(c => c.Quote != null && transcript.Contains(c.Quote, StringComparison.Ordinal));
        result.Summary.ShouldContain("situation, task, action and result");
    }

    [Fact]
    public async Task Given_model_reply_with_an_invented_quote_When_judging_Then_that_criterion_is_dropped_and_noted()
    {
        // Arrange
        const string reply = """
            {"criteria":[
              {"name":"result","score":5,"quote":"we reduced the build time from two hours to 25 minutes"},
              {"name":"action","score":4,"quote":"I profiled the pipeline"},
              {"name":"relevance","score":5,"quote":"I rewrote the whole company in Rust"}],
             "summary":"Clear story with a measured result."}
            """;
        await using var server = await LoopbackHttpServer<ReceivedJsonRequest>.StartAsync((c, _) => Completion(c, reply));
        var judge = new ChatAnswerJudge(Client(server.BaseUrl));
        var content = await StarContentAsync();

        // Act
        var result = await judge.JudgeAsync(SampleAnswers.Question, content, CancellationToken.None);

        // Assert: the request
        var request = server.Received.Single();
        request.PathAndQuery.ShouldBe("/v1/chat/completions");
        request.Authorization.ShouldBe("Bearer sk-test");
        using var body = JsonDocument.Parse(request.Body);
        body.RootElement.GetProperty("model").GetString().ShouldBe("judge-model");
        body.RootElement.GetProperty("temperature").GetDouble().ShouldBe(0);
        body.RootElement.GetProperty("response_format").GetProperty("type").GetString().ShouldBe("json_object");
        request.Body.ShouldContain("I profiled the pipeline");

        // Assert: the result
        result.Engine.ShouldBe("llm (judge-model)");
        result.FallbackReason.ShouldBeNull();
        result.Criteria.Select(c => c.Name).ShouldBe(["result", "action"]);
        result.Criteria[0].Start.ShouldBe(content.Sentences[4].Start);
        result.Notes.Single().ShouldContain("'relevance'");
        result.Summary.ShouldBe("Clear story with a measured result.");
    }

    [Fact]
    public async Task Given_malformed_reply_When_judging_Then_rule_judge_answers_and_says_why()
    {
        // Arrange
        await using var server = await LoopbackHttpServer<ReceivedJsonRequest>.StartAsync((c, _) => Completion(c, "Sure! Here is my assessment: {criteria: [oops"));
        var judge = new ChatAnswerJudge(Client(server.BaseUrl));

        // Act
        var result = await judge.JudgeAsync(SampleAnswers.Question, await StarContentAsync(), CancellationToken.None);

        // Assert
        result.Engine.ShouldBe("rule-based");
        result.FallbackReason!.ShouldContain("not the requested JSON");
        result.Criteria.Count.ShouldBe(5);
    }

    [Fact]
    public async Task Given_slow_model_When_judging_with_a_short_timeout_Then_rule_judge_answers_and_says_it_timed_out()
    {
        // Arrange
        await using var server = await LoopbackHttpServer<ReceivedJsonRequest>.StartAsync(async (c, _) =>
        {
            await Task.Delay(TimeSpan.FromSeconds(10), c.RequestAborted).ContinueWith(_ => { }, TaskScheduler.Default);
            await Completion(c, """{"criteria":[],"summary":"late"}""");
        });
        var judge = new ChatAnswerJudge(Client(server.BaseUrl), TimeSpan.FromMilliseconds(500));

        // Act
        var result = await judge.JudgeAsync(SampleAnswers.Question, await StarContentAsync(), CancellationToken.None);

        // Assert: the rules answered because the model's time ran out (it answers only after 10 s).
        result.Engine.ShouldBe("rule-based");
        result.FallbackReason!.ShouldContain("did not answer within 0.5 s");
    }

    [Fact]
    public async Task Given_caller_cancellation_When_judging_Then_it_is_not_turned_into_a_fallback()
    {
        // Arrange
        await using var server = await LoopbackHttpServer<ReceivedJsonRequest>.StartAsync((c, _) => Completion(c, "{}"));
        var judge = new ChatAnswerJudge(Client(server.BaseUrl));
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();
        var content = await StarContentAsync();

        // Act + Assert
        await Should.ThrowAsync<OperationCanceledException>(() => judge.JudgeAsync(SampleAnswers.Question, content, cancelled.Token));
    }
}
