using InterviewInsight.Modules.Engines.Models;

namespace InterviewInsight.Modules.Analysis.Contracts;

/// <summary>The Analysis module as other modules and the host see it. Run calls are scoped to the run's owner.</summary>
public interface IAnalysisApi
{
    /// <summary>Which models and engines are installed; hashes are checked once per process and cached.</summary>
    Task<ModelStatusReport> GetModelStatusAsync(CancellationToken ct = default);

    /// <summary>The newest run of the owner's session, or null when none was started yet.</summary>
    Task<AnalysisProgress?> GetLatestRunAsync(string ownerId, Guid sessionId, CancellationToken ct = default);

    /// <summary>Starts a new run version (a retry after a failure, or a re-run with new engines); an unfinished run is returned instead.</summary>
    Task<AnalysisProgress> StartRunAsync(string ownerId, Guid sessionId, CancellationToken ct = default);
}
