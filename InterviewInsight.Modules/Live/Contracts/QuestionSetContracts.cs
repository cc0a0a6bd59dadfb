namespace InterviewInsight.Modules.Live.Contracts;

/// <summary>The kind of a question in a set: it decides which follow-ups the interviewer may ask.</summary>
public enum SetQuestionKind
{
    Behavioural,
    Technical,
}

/// <summary>One question of a set, in its order; <paramref name="BankQuestionId"/> is set when it was picked from the bank.</summary>
public sealed record QuestionSetQuestion(string Text, SetQuestionKind Kind, string? BankQuestionId = null);

/// <summary>What a set's owner writes: its name and its questions in order.</summary>
public sealed record QuestionSetDraft(string Name, IReadOnlyList<QuestionSetQuestion> Questions);

/// <summary>
/// A set as a list shows it: one of mine, or one assigned to me (<paramref name="AssignedById"/> and <paramref name="AssignedAt"/> set).
/// </summary>
public sealed record QuestionSetSummary(
    Guid Id, string Name, int QuestionCount, bool IsMine, string? AssignedById, DateTime? AssignedAt, DateTime UpdatedAt);

/// <summary>
/// A whole set. <paramref name="AssigneeIds"/> lists whom it is assigned to, for its owner only (empty for an assignee).
/// </summary>
public sealed record QuestionSetDetails(
    Guid Id, string OwnerId, string Name, IReadOnlyList<QuestionSetQuestion> Questions, DateTime CreatedAt, DateTime UpdatedAt,
    IReadOnlyList<string> AssigneeIds);

/// <summary>The outcome of writing a set: its id, or the reasons it was refused (validation), or not found (not the owner's).</summary>
public sealed record QuestionSetWrite(Guid? Id, IReadOnlyList<string> Errors)
{
    public bool NotFound => Id is null && Errors.Count == 0;

    public static QuestionSetWrite Missing { get; } = new(null, []);
}
