using System.ClientModel;
using System.Text.Json;
using InterviewInsight.Modules.Live.Turns;
using InterviewInsight.Tests.TestInfrastructure;
using Microsoft.Extensions.AI;
using OpenAI;
using static InterviewInsight.Tests.Modules.Live.Turns.TurnTestData;

namespace InterviewInsight.Tests.Modules.Live.Turns;

public sealed class ChatTurnDeciderTests
{
    private const string Model = "interviewer-test-model";

    private static ChatTurnDecider Decider(LoopbackHttpServer<ReceivedJsonRequest> server, TimeSpan? timeout = null)
    {
        var chatClient = new OpenAIClient(new ApiKeyCredential("test-key"), new OpenAIClientOptions { Endpoint = new Uri(server.BaseUri, "/v1") })
            .GetChatClient(Model)
            .AsIChatClient();
        var options = new ChatTurnDeciderOptions(Model) { Timeout = timeout ?? TimeSpan.FromSeconds(10) };
        return new ChatTurnDecider(chatClient, new RuleBasedTurnDecider(), options);
    }

    [Fact]
    public async Task Given_model_replies_with_a_valid_follow_up_When_deciding_Then_its_decision_is_used_and_the_request_asks_for_json_at_temperature_zero()
    {
        // Arrange
        const string reply = """{"kind":"follow-up","text":"What changed for the team once you agreed?","reason":"The story stops before the outcome."}""";
        await using var server = await LoopbackChat.StartAsync(LoopbackChat.Completion(reply));

        // Act
        var decision = await Decider(server).DecideAsync(Context(ConflictQuestionId, NoResult, 35));

        // Assert
        decision.Kind.ShouldBe(TurnKind.FollowUp);
        decision.Text.ShouldBe("What changed for the team once you agreed?");
        decision.Rule.ShouldBe("llm.follow-up");
        decision.Engine.ShouldBe(Model);
        decision.FallbackReason.ShouldBeNull();
        using var request = server.Received.ShouldHaveSingleItem().Json();
        var root = request.RootElement;
        root.GetProperty("temperature").GetDouble().ShouldBe(0);
        root.GetProperty("response_format").GetProperty("type").GetString().ShouldBe("json_object");
        root.GetProperty("model").GetString().ShouldBe(Model);
        root.GetProperty("messages")[1].GetProperty("content").GetString()!.ShouldContain("Jenkins");
    }

    [Fact]
    public async Task Given_model_moves_on_When_deciding_Then_the_next_planned_question_follows_its_acknowledgement()
    {
        // Arrange
        const string reply = """{"kind":"next","text":"Thank you, that was a clear example.","reason":"Situation, action and result are all there."}""";
        await using var server = await LoopbackChat.StartAsync(LoopbackChat.Completion(reply));

        // Act
        var decision = await Decider(server).DecideAsync(Context(ConflictQuestionId, CompleteStar, 75));

        // Assert
        decision.Kind.ShouldBe(TurnKind.NextQuestion);
        decision.Next.ShouldBe(TwoRemaining[0]);
        decision.Text.ShouldBe("Thank you, that was a clear example. " + TwoRemaining[0].Text);
        decision.Rule.ShouldBe("llm.next");
    }

    [Fact]
    public async Task Given_model_replies_with_prose_instead_of_json_When_deciding_Then_the_rules_decide_and_say_why()
    {
        // Arrange
        await using var server = await LoopbackChat.StartAsync(LoopbackChat.Completion("Sure! I would ask them about the result next."));

        // Act
        var decision = await Decider(server).DecideAsync(Context(ConflictQuestionId, Short, 5));

        // Assert
        decision.Engine.ShouldBe(TurnDecision.RulesEngine);
        decision.Rule.ShouldBe(TurnRules.TooShort);
        decision.FallbackReason.ShouldNotBeNull().ShouldContain("not valid JSON");
    }

    [Fact]
    public async Task Given_model_asks_a_follow_up_past_the_limit_When_deciding_Then_the_reply_is_rejected_for_the_rules()
    {
        // Arrange
        const string reply = """{"kind":"follow-up","text":"And what was the result?","reason":"No result yet."}""";
        await using var server = await LoopbackChat.StartAsync(LoopbackChat.Completion(reply));

        // Act
        var decision = await Decider(server).DecideAsync(Context(ConflictQuestionId, NoResult, 35, followUpsAsked: 2));

        // Assert
        decision.Engine.ShouldBe(TurnDecision.RulesEngine);
        decision.Rule.ShouldBe(TurnRules.FollowUpLimit);
        decision.FallbackReason.ShouldNotBeNull().ShouldContain("follow-up limit");
    }

    [Fact]
    public async Task Given_model_reply_with_unknown_kind_When_deciding_Then_the_rules_decide()
    {
        // Arrange
        const string reply = """{"kind":"praise","text":"Great answer!","reason":"It was great."}""";
        await using var server = await LoopbackChat.StartAsync(LoopbackChat.Completion(reply));

        // Act
        var decision = await Decider(server).DecideAsync(Context(ConflictQuestionId, Vague, 30));

        // Assert
        decision.Rule.ShouldBe(TurnRules.NoSpecifics);
        decision.FallbackReason.ShouldNotBeNull().ShouldContain("unknown kind 'praise'");
    }

    [Fact]
    public async Task Given_model_slower_than_the_timeout_When_deciding_Then_the_rules_decide_in_time_and_say_the_model_was_slow()
    {
        // Arrange
        const string reply = """{"kind":"next","text":"Thanks.","reason":"Complete."}""";
        await using var server = await LoopbackChat.StartAsync(LoopbackChat.Completion(reply, delay: TimeSpan.FromSeconds(20)));

        // Act
        var decision = await Decider(server, timeout: TimeSpan.FromSeconds(1)).DecideAsync(Context(ConflictQuestionId, Hypothetical, 25));

        // Assert: the rules decided because the model's time ran out (it answers only after 20 s), whatever the machine's speed.
        decision.Engine.ShouldBe(TurnDecision.RulesEngine);
        decision.Rule.ShouldBe(TurnRules.NoExample);
        decision.FallbackReason.ShouldBe("The model did not answer within 1 s.");
    }

    [Fact]
    public async Task Given_caller_cancels_When_deciding_Then_the_cancellation_is_not_hidden_by_a_fallback()
    {
        // Arrange
        await using var server = await LoopbackChat.StartAsync(LoopbackChat.Completion("{}", delay: TimeSpan.FromSeconds(20)));
        using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(300));

        // Act / Assert
        await Should.ThrowAsync<OperationCanceledException>(() => Decider(server).DecideAsync(Context(ConflictQuestionId, Vague, 30), cancel.Token));
    }

    [Fact]
    public void Given_a_turn_context_When_the_prompt_is_built_Then_it_carries_the_answer_the_limit_and_the_next_question_as_json()
    {
        // Act
        var messages = ChatTurnPrompt.Messages(Context(ConflictQuestionId, NoResult, 35, followUpsAsked: 1));
        using var situation = JsonDocument.Parse(messages[1].Text[(messages[1].Text.IndexOf('{', StringComparison.Ordinal))..]);

        // Assert
        messages[0].Role.ShouldBe(ChatRole.System);
        situation.RootElement.GetProperty("answer").GetString().ShouldBe(NoResult);
        situation.RootElement.GetProperty("followUpsAsked").GetInt32().ShouldBe(1);
        situation.RootElement.GetProperty("followUpLimit").GetInt32().ShouldBe(2);
        situation.RootElement.GetProperty("nextPlannedQuestion").GetString().ShouldBe(TwoRemaining[0].Text);
        situation.RootElement.GetProperty("expectedElements").GetArrayLength().ShouldBe(4);
    }
}
