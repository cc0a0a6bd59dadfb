namespace InterviewInsight.Modules.Engines.Text;

/// <summary>A sentence of an answer with its time span on the session clock (seconds).</summary>
/// <param name="Index">0-based position in the answer.</param>
/// <param name="Text">The words joined by spaces, as transcribed.</param>
/// <param name="Start">Start of its first word.</param>
/// <param name="End">End of its last word.</param>
public sealed record TimedSentence(int Index, string Text, double Start, double End);
