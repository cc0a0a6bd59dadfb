using InterviewInsight.Modules.Analysis.Contracts;
using InterviewInsight.Modules.Auth.Contracts;
using InterviewInsight.Modules.Live.Contracts;
using InterviewInsight.Modules.Shared.Time;

namespace InterviewInsight.Modules.Progress.Trends;

/// <summary>
/// Builds the progress report by reading through Live (sessions) and Analysis (succeeded results) on every call: no copy
/// is kept, so a session appears as soon as its analysis succeeds and disappears with the session.
/// </summary>
internal sealed class ProgressReader(ILiveApi live, IAnalysisApi analysis, IAuthApi auth, IClock clock)
{
    public async Task<ProgressReport> ReadAsync(string ownerId, CancellationToken ct)
    {
        var sessions = (await live.ListSessionsAsync(ownerId, ct)).ToDictionary(s => s.Id);
        var results = (await analysis.ListSucceededAsync(ownerId, ct)).Where(r => sessions.ContainsKey(r.SessionId)).ToList();
        var latest = results.Count > 0 ? results.MaxBy(r => EndedAt(sessions[r.SessionId]))!.Result : null;

        var points = results
            .Select(r =>
            {
                var session = sessions[r.SessionId];
                var differences = SessionTrendPoint.Differences(r.Result, latest!);
                return new ProgressSession(
                    r.SessionId, session.Title, EndedAt(session), differences.Count == 0, differences,
                    SessionTrendPoint.Scores(r.Result), SessionTrendPoint.Measures(r.Result));
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
