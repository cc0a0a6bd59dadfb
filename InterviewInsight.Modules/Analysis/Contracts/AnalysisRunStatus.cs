namespace InterviewInsight.Modules.Analysis.Contracts;

public enum AnalysisRunStatus
{
    Pending,
    Running,
    Succeeded,
    Failed,
}
