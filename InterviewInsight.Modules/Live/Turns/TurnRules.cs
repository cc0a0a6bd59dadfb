namespace InterviewInsight.Modules.Live.Turns;

/// <summary>The named rules a turn decision can come from; stored with each answer so the choice can be explained.</summary>
internal static class TurnRules
{
    public const string TooShort = "clarify.too-short";
    public const string OffTopic = "clarify.off-topic";
    public const string NoExample = "follow-up.no-example";
    public const string NoResult = "follow-up.no-result";
    public const string NoSpecifics = "follow-up.no-specifics";
    public const string Complete = "next.complete";
    public const string FollowUpLimit = "next.follow-up-limit";

    /// <summary>Gaps remain but each was already probed once on this question.</summary>
    public const string AlreadyProbed = "next.already-probed";

    /// <summary>Decisions written by a model carry "llm." and the kind, e.g. "llm.follow-up".</summary>
    public const string ModelPrefix = "llm.";
}
