namespace InterviewInsight.Modules.Live.Questions;

/// <summary>What shape a good answer to a question takes; the turn rules check for it.</summary>
internal enum AnswerStructure
{
    /// <summary>Behavioural: a past example told as situation, task, action, result.</summary>
    Star,

    /// <summary>Technical: an explanation with the right terms, ideally tied to an example.</summary>
    Explanation,

    /// <summary>Warm-up openers: any reasonably full account of the candidate's own background.</summary>
    Narrative,
}
