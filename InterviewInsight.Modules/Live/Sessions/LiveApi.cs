using InterviewInsight.Modules.Live.Contracts;
using InterviewInsight.Modules.Live.Data;
using InterviewInsight.Modules.Shared.Time;
using Microsoft.EntityFrameworkCore;

namespace InterviewInsight.Modules.Live.Sessions;

internal sealed class LiveApi(IDbContextFactory<LiveDbContext> dbs, IClock clock) : ILiveApi
{
    public async Task<IReadOnlyList<PracticeSessionSummary>> ListSessionsAsync(string ownerId, CancellationToken ct = default)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        var sessions = await db.Sessions.AsNoTracking()
            .Where(s => s.OwnerId == ownerId)
            .OrderByDescending(s => s.CreatedAt)
            .ToListAsync(ct);
        return [.. sessions.Select(s => new PracticeSessionSummary(s.Id, s.Kind, s.Title, s.Status, s.CreatedAt, s.EndedAt))];
    }

    public async Task<PracticeSessionDetails?> GetSessionAsync(string ownerId, Guid sessionId, CancellationToken ct = default)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        var s = await db.Sessions.AsNoTracking().SingleOrDefaultAsync(x => x.Id == sessionId && x.OwnerId == ownerId, ct);
        return s is null ? null : new PracticeSessionDetails(s.Id, s.OwnerId, s.Kind, s.Status, s.ToSetUp(), s.Language, s.CreatedAt, s.EndedAt);
    }

    public async Task<Guid> CreateSessionAsync(string ownerId, SessionKind kind, SessionSetUp setUp, CancellationToken ct = default)
    {
        SessionSetUpValidator.ThrowIfInvalid(setUp);
        await using var db = await dbs.CreateDbContextAsync(ct);
        var session = new PracticeSession
        {
            Id = Guid.NewGuid(),
            OwnerId = ownerId,
            Kind = kind,
            Status = SessionStatus.Draft,
            Role = setUp.Role.Trim(),
            Domain = setUp.Domain.Trim(),
            Seniority = setUp.Seniority,
            InterviewType = setUp.InterviewType,
            QuestionCount = setUp.QuestionCount,
            JobDescription = string.IsNullOrWhiteSpace(setUp.JobDescription) ? null : setUp.JobDescription.Trim(),
            CameraOn = setUp.CameraOn,
            ConsentAudio = setUp.Consent.Audio,
            ConsentVideo = setUp.Consent.Video && setUp.CameraOn,
            ConsentExpressions = setUp.Consent.Expressions && setUp.Consent.Video && setUp.CameraOn,
            CreatedAt = clock.UtcNow,
        };
        db.Sessions.Add(session);
        await db.SaveChangesAsync(ct);
        return session.Id;
    }
}
