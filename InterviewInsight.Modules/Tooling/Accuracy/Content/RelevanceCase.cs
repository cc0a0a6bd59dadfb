namespace InterviewInsight.Modules.Tooling.Accuracy.Content;

/// <summary>A reference transcript (path under the test data folder) and a question it answers, paraphrased so no key word is copied.</summary>
internal sealed record RelevanceCase(string Transcript, string Question);
