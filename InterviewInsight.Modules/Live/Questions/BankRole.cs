namespace InterviewInsight.Modules.Live.Questions;

/// <summary>A role or domain the bank has role-specific questions for; aliases are what candidates type at set-up.</summary>
internal sealed record BankRole(string Id, string Name, IReadOnlyList<string> Aliases);
