namespace InterviewInsight.Modules.Live.Questions;

/// <summary>A bank role matched to the free text typed at set-up, with the alias that matched and how strongly.</summary>
internal sealed record RoleMatch(BankRole Role, double Score, string MatchedAlias);
