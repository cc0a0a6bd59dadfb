using InterviewInsight.Modules.Engines.Results;
using InterviewInsight.Modules.Live.Contracts;
using InterviewInsight.Modules.Progress.Contracts;

namespace InterviewInsight.Modules.Reports.Pdf;

/// <summary>Everything a report shows, read through the other modules' contracts for one owner's session.</summary>
internal sealed record ReportContent(PracticeSessionDetails Session, AnalysisResult Result, SessionReflection? Reflection);
