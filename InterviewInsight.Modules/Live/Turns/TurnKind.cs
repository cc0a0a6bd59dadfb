namespace InterviewInsight.Modules.Live.Turns;

internal enum TurnKind
{
    NextQuestion,
    FollowUp,
    Clarification,
    End,
}
