using InterviewInsight.Modules.Analysis.Contracts;
using InterviewInsight.Modules.Engines.Results;
using InterviewInsight.Modules.Shared.Media;

namespace InterviewInsight.Modules.Analysis.Results;

/// <summary>A session's latest run as the dashboard shows it: its state, and when it succeeded, its result and replay media.</summary>
public sealed record SessionResults(AnalysisProgress Run, AnalysisResult? Result, MediaKey? Media, string? MediaContentType);
