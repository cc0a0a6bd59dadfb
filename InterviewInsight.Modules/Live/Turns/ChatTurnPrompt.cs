using System.Text.Json;
using Microsoft.Extensions.AI;

namespace InterviewInsight.Modules.Live.Turns;

/// <summary>The messages and options sent to the interviewer model: temperature 0 and JSON output, so turns repeat.</summary>
internal static class ChatTurnPrompt
{
    public const string System =
        """
        You are the interviewer in a job-interview practice session. After each answer, decide the next turn.
        Reply with one JSON object and nothing else: {"kind": "...", "text": "...", "reason": "..."}.
        kind is one of:
        - "clarification": the answer is off-topic or too short to judge; text restates or rephrases the question.
        - "follow-up": the answer lacks a concrete example, a result or outcome, or specifics (numbers, names, tools);
          text asks one short question about the single most important gap.
        - "next": the answer is complete enough, or the follow-up limit is reached; text is a brief, neutral
          acknowledgement only (the system asks the next planned question itself).
        - "end": only when no planned questions remain; text is a short closing line.
        Never ask a follow-up or clarification when followUpsAsked has reached followUpLimit.
        reason explains the decision in one sentence for the candidate's coach.
        Be encouraging and neutral. Never judge the person, never mention emotions, personality or appearance.
        The text is spoken aloud: at most two sentences, no lists, no markdown.
        """;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    public static IReadOnlyList<ChatMessage> Messages(TurnContext context) =>
    [
        new(ChatRole.System, System),
        new(ChatRole.User, Describe(context)),
    ];

    public static ChatOptions Options(ChatTurnDeciderOptions options) => new()
    {
        ModelId = options.ModelName,
        Temperature = 0,
        ResponseFormat = ChatResponseFormat.Json,
        MaxOutputTokens = options.MaxOutputTokens,
    };

    private static string Describe(TurnContext context)
    {
        var question = context.Question;
        var situation = new
        {
            question = question.Text,
            kind = question.Kind.ToString().ToLowerInvariant(),
            expectedStructure = question.Expected.Structure.ToString().ToLowerInvariant(),
            expectedElements = question.Expected.Elements,
            keyTerms = question.Expected.KeyTerms,
            suggestedFollowUps = question.FollowUps.Select(f => new { asks = f.Asks.ToString().ToLowerInvariant(), text = f.Text }),
            answer = context.Answer.Text,
            wordCount = context.Answer.WordCount,
            durationSeconds = Math.Round(context.Answer.DurationSeconds, 1),
            followUpsAsked = context.FollowUpsAsked,
            followUpLimit = Math.Clamp(context.FollowUpLimit, 1, 2),
            remainingPlannedQuestions = context.RemainingQuestions.Count,
            nextPlannedQuestion = context.NextPlanned?.Text,
        };
        return "Decide the next turn for this answer:\n" + JsonSerializer.Serialize(situation, Json);
    }

    public static string KindName(TurnKind kind) => kind switch
    {
        TurnKind.FollowUp => "follow-up",
        TurnKind.Clarification => "clarification",
        TurnKind.End => "end",
        _ => "next",
    };
}
