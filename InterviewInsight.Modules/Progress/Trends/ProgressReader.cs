using InterviewInsight.Modules.Analysis.Contracts;
using InterviewInsight.Modules.Auth.Contracts;
using InterviewInsight.Modules.Coaching.Contracts;
using InterviewInsight.Modules.Live.Contracts;
using InterviewInsight.Modules.Shared.Access;
using InterviewInsight.Modules.Shared.Time;

namespace InterviewInsight.Modules.Progress.Trends;

/// <summary>
/// Builds the progress report by reading through Live (sessions), Analysis (succeeded results) and Coaching (which items
/// reviewers overrode) on every call: no copy is kept, so a session appears as soon as its analysis succeeds and
/// disappears with the session.
/// </summary>
internal sealed class ProgressReader(ILiveApi live, IAnalysisApi analysis, IAuthApi auth, ICoachingApi coaching, ISessionAccess access, IClock clock)
{
    /// <summary>The owner's progress over all their sessions.</summary>
    public async Task<ProgressReport> ReadAsync(string ownerId, CancellationToken ct) =>
        await BuildAsync(ownerId, await live.ListSessionsAsync(ownerId, ct), ct);

    /// <summary>
    /// A candidate's progress as someone they share with sees it: only the sessions shared with the viewer now (the share
    /// table is asked per session, so a revoke takes effect at once); null when the candidate shares none with them.
    /// </summary>
    public async Task<ProgressReport?> ReadSharedAsync(string viewerId, string candidateId, CancellationToken ct)
    {
        var shared = new List<PracticeSessionSummary>();
        foreach (var session in await live.ListSessionsAsync(candidateId, ct))
        {
            if ((await access.GetAsync(viewerId, session.Id, ct)).IsSharee)
            {
                shared.Add(session);
            }
        }

        return shared.Count == 0 ? null : await BuildAsync(candidateId, shared, ct);
    }

    private async Task<ProgressReport> BuildAsync(string ownerId, IReadOnlyList<PracticeSessionSummary> included, CancellationToken ct)
    {
        var sessions = included.ToDictionary(s => s.Id);
        var results = (await analysis.ListSucceededAsync(ownerId, ct)).Where(r => sessions.ContainsKey(r.SessionId)).ToList();
        var latest = results.Count > 0 ? results.MaxBy(r => EndedAt(sessions[r.SessionId]))!.Result : null;
        var overrides = (await coaching.ListOverrideMarksAsync(ownerId, ct)).ToLookup(o => o.SessionId);

        var points = results
            .Select(r =>
            {
                var session = sessions[r.SessionId];
                var differences = SessionTrendPoint.Differences(r.Result, latest!);
                return new ProgressSession(
                    r.SessionId, session.Title, EndedAt(session), differences.Count == 0, differences,
                    SessionTrendPoint.Scores(r.Result), SessionTrendPoint.Measures(r.Result),
                    [.. overrides[r.SessionId].Select(o => new ReviewerOverride(o.TargetId, o.RunVersion, o.Value))]);
            })
            .OrderBy(s => s.EndedAt)
            .ToList();

        var practised = sessions.Values.Where(s => s.Status == SessionStatus.Ended).Select(EndedAt);

        // Calendar days in the account's time zone (UTC when none is set).
        var zone = (await auth.GetPreferencesAsync(ownerId, ct)).TimeZoneOrUtc();
        return new ProgressReport(points, PersonalBests.Find(points), PracticeStreak.Days(practised, clock.UtcNow, zone));
    }

    /// <summary>When the practice happened: the end of a live interview, the upload time of an upload.</summary>
    private static DateTime EndedAt(PracticeSessionSummary session) => session.EndedAt ?? session.CreatedAt;
}
