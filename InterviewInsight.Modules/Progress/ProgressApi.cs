using InterviewInsight.Modules.Progress.Contracts;
using InterviewInsight.Modules.Progress.Reflections;

namespace InterviewInsight.Modules.Progress;

internal sealed class ProgressApi(ReflectionJournal reflections) : IProgressApi
{
    public async Task<SessionReflection?> GetReflectionAsync(string ownerId, Guid sessionId, CancellationToken ct = default) =>
        await reflections.GetAsync(ownerId, sessionId, ct) is { } r
            ? new SessionReflection(r.WentWell, r.ToChange, r.Feeling, r.CoachingResponse, r.UpdatedAt)
            : null;
}
