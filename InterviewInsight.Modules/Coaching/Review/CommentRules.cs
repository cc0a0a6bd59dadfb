using System.Text.RegularExpressions;

namespace InterviewInsight.Modules.Coaching.Review;

/// <summary>What a comment or override may hold: bounded text, a time on the session clock, a well-formed result id.</summary>
internal static partial class CommentRules
{
    public const int MaxTextLength = 4000;

    /// <summary>Longer than any session the app accepts; a larger time is a client error, not a moment.</summary>
    public const double MaxSeconds = 24 * 3600;

    /// <summary>Stable result ids look like "score.delivery.pace", "segment.long-pause.2", "recommendation.content.star" or an answer's id.</summary>
    [GeneratedRegex("^[a-z0-9][a-z0-9._:-]{0,127}$")]
    public static partial Regex TargetId();

    /// <summary>Trimmed text, or an error message for the field.</summary>
    public static (string? Text, string? Error) Text(string? value, string what, bool required = true)
    {
        var text = value?.Trim() ?? "";
        if (text.Length == 0)
        {
            return required ? (null, $"Write the {what}.") : ("", null);
        }

        return text.Length > MaxTextLength ? (null, $"The {what} is {text.Length} characters; keep it under {MaxTextLength}.") : (text, null);
    }
}
