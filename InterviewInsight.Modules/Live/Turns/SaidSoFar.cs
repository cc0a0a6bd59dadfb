using InterviewInsight.Modules.Live.Questions;

namespace InterviewInsight.Modules.Live.Turns;

/// <summary>
/// What the candidate said on the current question so far (the first answer plus any answers to follow-ups),
/// its word count and its spoken duration in seconds (0 when unknown, e.g. a typed answer).
/// </summary>
internal sealed record SaidSoFar(string Text, int WordCount, double DurationSeconds)
{
    public static SaidSoFar From(string text, double durationSeconds) => new(text, TextWords.Count(text), durationSeconds);
}
