namespace InterviewInsight.Modules.Engines.Pipeline;

/// <summary>The run cannot measure anything: no modality the recording holds has its engines installed, or each one failed.</summary>
internal sealed class NothingToMeasureException(string message, Exception? inner = null) : InvalidOperationException(message, inner);
