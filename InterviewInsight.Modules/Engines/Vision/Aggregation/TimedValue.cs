namespace InterviewInsight.Modules.Engines.Vision.Aggregation;

internal readonly record struct TimedValue(double TimeSeconds, double Value);
