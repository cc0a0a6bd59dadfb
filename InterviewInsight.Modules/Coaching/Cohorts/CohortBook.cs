using InterviewInsight.Modules.Analysis.Contracts;
using InterviewInsight.Modules.Coaching.Data;
using InterviewInsight.Modules.Coaching.Sharing;
using InterviewInsight.Modules.Shared.Time;
using Microsoft.EntityFrameworkCore;

namespace InterviewInsight.Modules.Coaching.Cohorts;

/// <summary>What a cohort write did: the cohort's id, nothing of the coach's to change, or a refused field.</summary>
internal sealed record CohortWrite(Guid? Id, bool NotFound, string? Field, string? Error)
{
    public static CohortWrite Missing { get; } = new(null, true, null, null);

    public static CohortWrite Invalid(string field, string error) => new(null, false, field, error);
}

/// <summary>
/// A coach's cohorts. A candidate can join only while they share something with the coach, and the overview reads each
/// candidate's sessions through <see cref="SharedWithMe"/>, so it shows only what is shared now (a revoke empties it at once).
/// </summary>
internal sealed class CohortBook(IDbContextFactory<CoachingDbContext> dbs, SharedWithMe shared, IAnalysisApi analysis, IClock clock)
{
    public async Task<IReadOnlyList<CohortSummary>> ListAsync(string coachId, CancellationToken ct)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        return await db.Cohorts.AsNoTracking().Where(c => c.CoachId == coachId).OrderBy(c => c.Name)
            .Select(c => new CohortSummary(c.Id, c.Name, c.Members.Count, c.CreatedAt)).ToListAsync(ct);
    }

    public async Task<CohortWrite> CreateAsync(string coachId, string? name, CancellationToken ct)
    {
        var trimmed = name?.Trim() ?? "";
        if (trimmed.Length is 0 or > CohortConfiguration.MaxNameLength)
        {
            return CohortWrite.Invalid("name", $"Name the cohort in 1 to {CohortConfiguration.MaxNameLength} characters.");
        }

        await using var db = await dbs.CreateDbContextAsync(ct);
        var cohort = new Cohort { Id = Guid.NewGuid(), CoachId = coachId, Name = trimmed, CreatedAt = clock.UtcNow };
        db.Cohorts.Add(cohort);
        await db.SaveChangesAsync(ct);
        return new CohortWrite(cohort.Id, false, null, null);
    }

    public async Task<bool> DeleteAsync(string coachId, Guid cohortId, CancellationToken ct)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        return await db.Cohorts.Where(c => c.Id == cohortId && c.CoachId == coachId).ExecuteDeleteAsync(ct) > 0;
    }

    public async Task<CohortWrite> AddMemberAsync(string coachId, Guid cohortId, string? candidateId, CancellationToken ct)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        if (!await db.Cohorts.AnyAsync(c => c.Id == cohortId && c.CoachId == coachId, ct))
        {
            return CohortWrite.Missing;
        }

        if (string.IsNullOrEmpty(candidateId) || !await db.Shares.AnyAsync(g => g.OwnerId == candidateId && g.GranteeId == coachId && g.RevokedAt == null, ct))
        {
            return CohortWrite.Invalid("candidateId", "Only candidates who share sessions with you can join your cohorts.");
        }

        if (!await db.CohortMembers.AnyAsync(m => m.CohortId == cohortId && m.CandidateId == candidateId, ct))
        {
            db.CohortMembers.Add(new CohortMember { CohortId = cohortId, CandidateId = candidateId, AddedAt = clock.UtcNow });
            await db.SaveChangesAsync(ct);
        }

        return new CohortWrite(cohortId, false, null, null);
    }

    public async Task<bool> RemoveMemberAsync(string coachId, Guid cohortId, string candidateId, CancellationToken ct)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        if (!await db.Cohorts.AnyAsync(c => c.Id == cohortId && c.CoachId == coachId, ct))
        {
            return false;
        }

        return await db.CohortMembers.Where(m => m.CohortId == cohortId && m.CandidateId == candidateId).ExecuteDeleteAsync(ct) > 0;
    }

    /// <summary>Each member's latest scores and Overall trend over the analysed sessions they share with the coach; null when not the coach's.</summary>
    public async Task<CohortOverview?> OverviewAsync(string coachId, Guid cohortId, CancellationToken ct)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        var cohort = await db.Cohorts.AsNoTracking().Include(c => c.Members).SingleOrDefaultAsync(c => c.Id == cohortId && c.CoachId == coachId, ct);
        if (cohort is null)
        {
            return null;
        }

        var sessions = await shared.ListAsync(coachId, ct);
        var candidates = new List<CohortCandidate>();
        foreach (var member in cohort.Members.OrderBy(m => m.AddedAt))
        {
            var mine = sessions.Where(s => s.CandidateId == member.CandidateId && s.LatestRunStatus == AnalysisRunStatus.Succeeded).OrderBy(s => s.CreatedAt).ToList();
            var scored = new List<(Guid Id, DateTime At, Engines.Scoring.ScoreSet? Scores)>();
            foreach (var s in mine)
            {
                scored.Add((s.SessionId, s.CreatedAt, (await analysis.GetLatestResultAsync(member.CandidateId, s.SessionId, ct))?.Scores));
            }

            var email = mine.FirstOrDefault()?.CandidateEmail ?? sessions.FirstOrDefault(s => s.CandidateId == member.CandidateId)?.CandidateEmail ?? "(no longer shares with you)";
            var trend = scored.Select(x => x.Scores?.Overall?.Value).OfType<double>().ToList();
            var latest = scored.Count > 0 ? scored[^1] : default;
            candidates.Add(new CohortCandidate(
                member.CandidateId, email, scored.Count, scored.Count > 0 ? latest.Id : null, scored.Count > 0 ? latest.At : null,
                latest.Scores?.Overall?.Value, latest.Scores?.Content?.Value, latest.Scores?.Delivery?.Value, latest.Scores?.Presence?.Value,
                trend.Count >= 2 ? trend[^1] - trend[0] : null, trend));
        }

        return new CohortOverview(cohort.Id, cohort.Name, candidates);
    }
}
