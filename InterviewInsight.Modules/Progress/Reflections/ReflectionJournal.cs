using InterviewInsight.Modules.Analysis.Contracts;
using InterviewInsight.Modules.Live.Contracts;
using InterviewInsight.Modules.Progress.Data;
using InterviewInsight.Modules.Shared.Time;
using Microsoft.EntityFrameworkCore;

namespace InterviewInsight.Modules.Progress.Reflections;

/// <summary>
/// Saves and reads a session's reflection for its owner. The session must be the owner's (read through Live), so another
/// user's session reads as absent. A response written before the analysis finished is rewritten from the results on read.
/// The response comes from <see cref="CoachingResponder"/>: the templates, or the <c>Ai:Chat</c> model when it quotes the transcript.
/// </summary>
internal sealed class ReflectionJournal(
    IDbContextFactory<ProgressDbContext> dbs, ILiveApi live, IAnalysisApi analysis, CoachingResponder coach, IClock clock)
{
    public async Task<ReflectionView?> SaveAsync(string ownerId, Guid sessionId, ReflectionText text, CancellationToken ct)
    {
        if (await live.GetSessionAsync(ownerId, sessionId, ct) is null)
        {
            return null;
        }

        var response = await coach.WriteAsync(text, await analysis.GetLatestResultAsync(ownerId, sessionId, ct), ct);
        await using var db = await dbs.CreateDbContextAsync(ct);
        var entry = await db.Journal.SingleOrDefaultAsync(e => e.OwnerId == ownerId && e.SessionId == sessionId, ct);
        if (entry is null)
        {
            entry = new JournalEntry { Id = Guid.NewGuid(), OwnerId = ownerId, SessionId = sessionId, CreatedAt = clock.UtcNow };
            db.Journal.Add(entry);
        }

        (entry.WentWell, entry.ToChange, entry.HowItFelt) = (text.WentWell ?? "", text.ToChange ?? "", text.Feeling ?? "");
        (entry.CoachingResponse, entry.CoachingSource, entry.UpdatedAt) = (response.Text, response.Source, clock.UtcNow);
        await db.SaveChangesAsync(ct);
        return View(entry);
    }

    public async Task<ReflectionView?> GetAsync(string ownerId, Guid sessionId, CancellationToken ct)
    {
        if (await live.GetSessionAsync(ownerId, sessionId, ct) is null)
        {
            return null;
        }

        await using var db = await dbs.CreateDbContextAsync(ct);
        var entry = await db.Journal.SingleOrDefaultAsync(e => e.OwnerId == ownerId && e.SessionId == sessionId, ct);
        if (entry is { CoachingSource: CoachingResponseWriter.ReflectionOnly }
            && await analysis.GetLatestResultAsync(ownerId, sessionId, ct) is { } result)
        {
            var response = await coach.WriteAsync(new ReflectionText(entry.WentWell, entry.ToChange, entry.HowItFelt), result, ct);
            (entry.CoachingResponse, entry.CoachingSource) = (response.Text, response.Source);
            await db.SaveChangesAsync(ct);
        }

        return entry is null ? null : View(entry);
    }

    /// <summary>Every reflection of the owner, oldest first, for the summary across sessions.</summary>
    public async Task<IReadOnlyList<ReflectionView>> ListAsync(string ownerId, CancellationToken ct)
    {
        // A deleted session's reflection waits for its purge; it is out of the summary at once.
        var sessions = (await live.ListSessionsAsync(ownerId, ct)).Select(s => s.Id).ToList();
        await using var db = await dbs.CreateDbContextAsync(ct);
        var entries = await db.Journal.AsNoTracking()
            .Where(e => e.OwnerId == ownerId && sessions.Contains(e.SessionId))
            .OrderBy(e => e.CreatedAt)
            .ToListAsync(ct);
        return [.. entries.Select(View)];
    }

    private static ReflectionView View(JournalEntry e) =>
        new(e.SessionId, e.WentWell, e.ToChange, e.HowItFelt, e.CoachingResponse, e.CoachingSource, e.UpdatedAt);
}
