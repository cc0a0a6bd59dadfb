using System.Text.Json;

namespace InterviewInsight.Modules.Live.Turns;

/// <summary>
/// Reads and checks the model's JSON reply. Anything off (not JSON, unknown kind, empty or overlong text, a
/// follow-up past the limit, an early end) is rejected with a reason, and the rules decide instead.
/// </summary>
internal static class ChatTurnReplyReader
{
    public static bool TryRead(string? content, TurnContext context, int maxTextLength, out ChatTurnReply? reply, out string problem)
    {
        reply = null;
        problem = "";
        if (string.IsNullOrWhiteSpace(content))
        {
            problem = "The model's reply was empty.";
            return false;
        }

        JsonElement root;
        try
        {
            using var document = JsonDocument.Parse(StripCodeFence(content));
            root = document.RootElement.Clone();
        }
        catch (JsonException e)
        {
            problem = $"The model's reply was not valid JSON ({e.Message}).";
            return false;
        }

        if (root.ValueKind != JsonValueKind.Object)
        {
            problem = "The model's reply was JSON but not an object.";
            return false;
        }

        var kindText = ReadString(root, "kind");
        var text = ReadString(root, "text")?.Trim() ?? "";
        var reason = ReadString(root, "reason")?.Trim() ?? "";
        var kind = ParseKind(kindText);
        problem = Check(kind, kindText, text, reason, context, maxTextLength);
        if (problem.Length > 0)
        {
            return false;
        }

        // "next" with nothing left to ask is simply the end of the interview.
        var finalKind = kind == TurnKind.NextQuestion && context.NextPlanned is null ? TurnKind.End : kind!.Value;
        reply = new ChatTurnReply(finalKind, text, reason);
        return true;
    }

    private static string Check(TurnKind? kind, string? kindText, string text, string reason, TurnContext context, int maxTextLength)
    {
        if (kind is null)
        {
            return $"The model's reply had an unknown kind '{kindText}'.";
        }

        if (reason.Length == 0)
        {
            return "The model's reply gave no reason.";
        }

        if (text.Length > maxTextLength)
        {
            return $"The model's text was {text.Length} characters long; at most {maxTextLength} are allowed.";
        }

        var asksMore = kind is TurnKind.FollowUp or TurnKind.Clarification;
        if (asksMore && text.Length == 0)
        {
            return "The model asked for a follow-up or clarification without saying what to ask.";
        }

        if (asksMore && context.AtFollowUpLimit)
        {
            return $"The model asked another question although the follow-up limit ({context.FollowUpsAsked}) was reached.";
        }

        if (kind == TurnKind.End && context.RemainingQuestions.Count > 0)
        {
            return $"The model ended the interview with {context.RemainingQuestions.Count} planned question(s) left.";
        }

        return "";
    }

    private static TurnKind? ParseKind(string? kind) =>
        kind?.ToLowerInvariant().Replace("-", "", StringComparison.Ordinal).Replace("_", "", StringComparison.Ordinal).Replace(" ", "", StringComparison.Ordinal) switch
        {
            "next" or "nextquestion" => TurnKind.NextQuestion,
            "followup" => TurnKind.FollowUp,
            "clarification" or "clarify" => TurnKind.Clarification,
            "end" => TurnKind.End,
            _ => null,
        };

    private static string? ReadString(JsonElement root, string name) =>
        root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    // Some local servers wrap JSON in a markdown fence even in JSON mode; the content inside is still usable.
    private static string StripCodeFence(string content)
    {
        var trimmed = content.Trim();
        if (!trimmed.StartsWith("```", StringComparison.Ordinal))
        {
            return trimmed;
        }

        var firstLineEnd = trimmed.IndexOf('\n', StringComparison.Ordinal);
        var lastFence = trimmed.LastIndexOf("```", StringComparison.Ordinal);
        return firstLineEnd > 0 && lastFence > firstLineEnd ? trimmed[(firstLineEnd + 1)..lastFence] : trimmed;
    }
}
