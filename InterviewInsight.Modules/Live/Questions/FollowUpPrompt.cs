namespace InterviewInsight.Modules.Live.Questions;

internal sealed record FollowUpPrompt(FollowUpGap Asks, string Text);
