using InterviewInsight.Modules.Engines.Models;
using InterviewInsight.Modules.Engines.Results;
using InterviewInsight.Modules.Shared.Media;

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

    /// <summary>
    /// The owner's sessions whose latest run succeeded, with that run's result, oldest run first. Read through on every call,
    /// so a session appears as soon as its run reports Succeeded.
    /// </summary>
    Task<IReadOnlyList<SessionAnalysisResult>> ListSucceededAsync(string ownerId, CancellationToken ct = default);

    /// <summary>The result of the session's latest run when that run succeeded; null otherwise (or when not the owner's).</summary>
    Task<AnalysisResult?> GetLatestResultAsync(string ownerId, Guid sessionId, CancellationToken ct = default);

    /// <summary>The recording the latest succeeded run analysed, for replay; null without one (or when not the owner's).</summary>
    Task<SessionMedia?> GetLatestMediaAsync(string ownerId, Guid sessionId, CancellationToken ct = default);
}

/// <summary>Where a session's replay recording is kept and its content type.</summary>
public sealed record SessionMedia(MediaKey Key, string ContentType);

/// <summary>A session's latest succeeded run: its result and when it finished.</summary>
public sealed record SessionAnalysisResult(Guid SessionId, DateTime FinishedAt, AnalysisResult Result);
