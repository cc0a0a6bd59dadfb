namespace InterviewInsight.Modules.Engines.Pipeline;

/// <summary>Receives "now in stage X, Y % of the whole run done" from the pipeline (console, progress bus, run table).</summary>
internal delegate Task StageReporter(string stage, double percent);
