namespace InterviewInsight.Modules.Live.Turns;

/// <summary>A model's turn decision after validation: kind, what to say, and why.</summary>
internal sealed record ChatTurnReply(TurnKind Kind, string Text, string Reason);
