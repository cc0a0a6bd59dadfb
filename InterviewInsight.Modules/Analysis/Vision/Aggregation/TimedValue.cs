namespace InterviewInsight.Modules.Analysis.Vision.Aggregation;

internal readonly record struct TimedValue(double TimeSeconds, double Value);
