namespace InterviewInsight.Modules.Analysis.Contracts;

/// <summary>The Analysis module as other modules and the host see it.</summary>
public interface IAnalysisApi
{
    /// <summary>Which models and engines are installed; hashes are checked once per process and cached.</summary>
    Task<ModelStatusReport> GetModelStatusAsync(CancellationToken ct = default);
}
