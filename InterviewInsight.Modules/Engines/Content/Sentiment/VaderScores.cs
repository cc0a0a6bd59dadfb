namespace InterviewInsight.Modules.Engines.Content.Sentiment;

/// <summary>VADER's output: shares of negative, neutral and positive weight (sum 1) and the normalised compound -1..1.</summary>
internal sealed record VaderScores(double Negative, double Neutral, double Positive, double Compound);
