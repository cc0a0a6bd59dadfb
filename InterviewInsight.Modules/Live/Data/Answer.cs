using InterviewInsight.Modules.Live.Contracts;

namespace InterviewInsight.Modules.Live.Data;

/// <summary>One question and the candidate's answer to it, as a span on the session clock.</summary>
internal sealed class Answer
{
    public Guid Id { get; set; }

    public Guid SessionId { get; set; }

    public int Index { get; set; }

    /// <summary>Question-bank id, or null for a question the user typed (uploads) or a generated follow-up.</summary>
    public string? QuestionId { get; set; }

    public string QuestionText { get; set; } = "";

    public AnswerKind Kind { get; set; }

    /// <summary>When the question was asked (the answer runs from here to <see cref="EndSeconds"/>).</summary>
    public double StartSeconds { get; set; }

    public double? EndSeconds { get; set; }

    /// <summary>
    /// What the interviewer heard (the quick transcript used for the turn decision, with word times on the session clock
    /// and its engine), kept for the next decision and reused by the session's analysis.
    /// </summary>
    public AnswerTranscript? Transcript { get; set; }

    /// <summary>The rule or model that chose this turn, and why (live interviews).</summary>
    public string? TurnRule { get; set; }

    public string? TurnReason { get; set; }

    /// <summary>The earlier answer this one practises again (a retake session's planned answer); links attempts at questions with no bank id.</summary>
    public Guid? RetakeOfAnswerId { get; set; }
}
