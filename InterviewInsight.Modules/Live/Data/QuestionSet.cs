using InterviewInsight.Modules.Live.Contracts;

namespace InterviewInsight.Modules.Live.Data;

/// <summary>
/// A named, ordered list of questions someone wrote or picked from the bank (for example from a real job posting); its owner
/// practises from it and may assign it to others (<see cref="QuestionSetAssignment"/>). Questions are kept as one JSON column:
/// they are always read and written together.
/// </summary>
internal sealed class QuestionSet
{
    public Guid Id { get; set; }

    public string OwnerId { get; set; } = "";

    public string Name { get; set; } = "";

    public List<QuestionSetQuestion> Questions { get; set; } = [];

    public DateTime CreatedAt { get; set; }

    public DateTime UpdatedAt { get; set; }
}

/// <summary>One set given to one user to practise; deleted with its set.</summary>
internal sealed class QuestionSetAssignment
{
    public Guid Id { get; set; }

    public Guid SetId { get; set; }

    public string AssigneeId { get; set; } = "";

    public string AssignedById { get; set; } = "";

    public DateTime AssignedAt { get; set; }
}
