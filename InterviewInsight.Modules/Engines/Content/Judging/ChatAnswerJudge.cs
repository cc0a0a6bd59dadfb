using System.Globalization;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.AI;

namespace InterviewInsight.Modules.Engines.Content.Judging;

/// <summary>
/// An LLM rubric judgement through any <see cref="IChatClient"/> (OpenAI, Azure OpenAI, a local OpenAI-compatible server).
/// It asks at temperature 0 for JSON {"criteria":[{"name","score" 1-5,"quote"}],"summary"}, keeps only criteria whose
/// quote really occurs in the transcript (compared word by word, case and punctuation ignored) and notes each one it
/// drops. Malformed JSON, no verifiable criterion, an endpoint error or no answer within the timeout fall back to the
/// <see cref="RuleBasedJudge"/>, and the result says why. The caller stores the result with the run, so a re-read never
/// asks the model again.
/// </summary>
internal sealed class ChatAnswerJudge : IAnswerJudge
{
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(60);

    private const string Instructions = """
        You assess one answer from a mock job interview against a rubric. Judge only what is said; do not guess at the
        speaker's feelings or personality, and do not recommend hiring or rejecting anyone.
        Score each criterion from 1 (missing) to 5 (strong):
        - context: the situation and the speaker's task are clear.
        - action: the answer says what the speaker did, step by step.
        - result: the answer states the outcome, ideally measured.
        - specificity: figures, named tools, concrete details.
        - relevance: the answer addresses the question.
        For every criterion copy a short quote (a few words to one sentence) verbatim from the transcript that supports the
        score; use an empty string only when the transcript has nothing relevant.
        Reply with JSON only, in this shape:
        {"criteria":[{"name":"context","score":3,"quote":"..."}],"summary":"one or two sentences"}
        """;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private readonly IChatClient client;
    private readonly TimeSpan timeout;

    public ChatAnswerJudge(IChatClient client, TimeSpan? timeout = null)
    {
        this.client = client;
        this.timeout = timeout ?? DefaultTimeout;
        var model = client.GetService<ChatClientMetadata>()?.DefaultModelId;
        Engine = string.IsNullOrWhiteSpace(model) ? "llm" : $"llm ({model})";
    }

    public string Engine { get; }

    public async Task<JudgeResult> JudgeAsync(string? question, AnswerContent content, CancellationToken ct)
    {
        string reply;
        using (var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct))
        {
            timeout.CancelAfter(this.timeout);
            try
            {
                var response = await this.client.GetResponseAsync(Messages(question, content), Options(), timeout.Token).ConfigureAwait(false);
                reply = response.Text;
            }
            catch (OperationCanceledException) when (!ct.IsCancellationRequested)
            {
                return Fallback(content, string.Create(CultureInfo.InvariantCulture, $"The model did not answer within {this.timeout.TotalSeconds:0.#} s."));
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                return Fallback(content, $"The model endpoint failed: {e.GetType().Name}: {Shorten(e.Message)}");
            }
        }

        if (!TryParse(reply, out var parsed, out var error))
        {
            return Fallback(content, $"The model's reply was not the requested JSON ({error}).");
        }

        var notes = new List<string>();
        var criteria = new List<JudgeCriterion>();
        foreach (var item in parsed.Criteria ?? [])
        {
            if (string.IsNullOrWhiteSpace(item.Name) || item.Score is not (>= 1 and <= 5))
            {
                notes.Add($"Dropped a criterion with no name or a score outside 1-5 ('{item.Name}', {item.Score?.ToString(CultureInfo.InvariantCulture) ?? "none"}).");
                continue;
            }

            if (string.IsNullOrWhiteSpace(item.Quote))
            {
                criteria.Add(new JudgeCriterion(item.Name.Trim(), item.Score.Value, null, null, null));
                continue;
            }

            var located = QuoteLocator.Find(item.Quote, content.Sentences);
            if (located is null)
            {
                notes.Add($"Dropped criterion '{item.Name.Trim()}': its quote does not occur in the transcript (\"{Shorten(item.Quote)}\").");
                continue;
            }

            criteria.Add(new JudgeCriterion(item.Name.Trim(), item.Score.Value, item.Quote.Trim(), located.Value.Start, located.Value.End));
        }

        if (criteria.Count == 0)
        {
            return Fallback(content, "The model's reply held no criterion with a quote found in the transcript.", notes);
        }

        return new JudgeResult(Engine, criteria, parsed.Summary?.Trim() ?? string.Empty, null, notes);
    }

    private static JudgeResult Fallback(AnswerContent content, string reason, IReadOnlyList<string>? notes = null) =>
        RuleBasedJudge.Judge(content, reason, notes ?? []);

    private static ChatOptions Options() => new()
    {
        Temperature = 0,
        ResponseFormat = ChatResponseFormat.Json,
        MaxOutputTokens = 800,
    };

    private static List<ChatMessage> Messages(string? question, AnswerContent content)
    {
        var transcript = new StringBuilder();
        transcript.Append("Question: ").AppendLine(string.IsNullOrWhiteSpace(question) ? "(not given)" : question.Trim());
        transcript.AppendLine("Transcript of the answer:");
        foreach (var sentence in content.Sentences)
        {
            transcript.AppendLine(sentence.Text);
        }

        return [new ChatMessage(ChatRole.System, Instructions), new ChatMessage(ChatRole.User, transcript.ToString())];
    }

    private static bool TryParse(string reply, out JudgeReply parsed, out string error)
    {
        parsed = new JudgeReply(null, null);
        var text = StripCodeFence(reply);
        try
        {
            var result = JsonSerializer.Deserialize<JudgeReply>(text, Json);
            if (result?.Criteria is null)
            {
                error = "no criteria array";
                return false;
            }

            parsed = result;
            error = string.Empty;
            return true;
        }
        catch (JsonException e)
        {
            error = Shorten(e.Message);
            return false;
        }
    }

    /// <summary>Some servers wrap JSON in a markdown fence even when asked not to.</summary>
    private static string StripCodeFence(string reply)
    {
        var text = reply.Trim();
        if (!text.StartsWith("```", StringComparison.Ordinal))
        {
            return text;
        }

        var firstNewline = text.IndexOf('\n', StringComparison.Ordinal);
        var lastFence = text.LastIndexOf("```", StringComparison.Ordinal);
        return firstNewline > 0 && lastFence > firstNewline ? text[(firstNewline + 1)..lastFence].Trim() : text;
    }

    private static string Shorten(string text) => text.Length <= 160 ? text : text[..160] + "…";

    private sealed record JudgeReply(IReadOnlyList<JudgeReplyCriterion>? Criteria, string? Summary);

    private sealed record JudgeReplyCriterion(string? Name, int? Score, string? Quote);
}
