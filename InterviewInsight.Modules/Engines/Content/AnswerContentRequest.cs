using InterviewInsight.Modules.Engines.Speech.Transcription;

namespace InterviewInsight.Modules.Engines.Content;

/// <summary>One answer to analyse.</summary>
/// <param name="AnswerId">Stable answer id (e.g. "q1").</param>
/// <param name="Question">The question asked; null when unknown (relevance is then not measured).</param>
/// <param name="Words">The answer's transcript words with session-clock times (SpeechResult.Words of the answer span).</param>
/// <param name="Start">Answer start (seconds, session clock).</param>
/// <param name="End">Answer end.</param>
/// <param name="JobDescription">Job description text; null when none was given.</param>
internal sealed record AnswerContentRequest(
    string AnswerId, string? Question, IReadOnlyList<TranscriptWord> Words, double Start, double End, string? JobDescription = null);
