using InterviewInsight.Modules.Live.Contracts;
using InterviewInsight.Modules.Progress.Data;
using InterviewInsight.Modules.Shared.PersonalData;
using Microsoft.EntityFrameworkCore;

namespace InterviewInsight.Modules.Progress.Reflections;

/// <summary>The export's reflection journal: every reflection with its coaching response.</summary>
internal sealed class ReflectionsPersonalData(IDbContextFactory<ProgressDbContext> dbs, ILiveApi live) : IPersonalDataSource
{
    public async Task WriteAsync(string ownerId, PersonalDataArchive archive, CancellationToken ct)
    {
        var sessions = (await live.ListSessionsAsync(ownerId, ct)).Select(s => s.Id).ToList();
        await using var db = await dbs.CreateDbContextAsync(ct);
        var entries = await db.Journal.AsNoTracking().Where(j => j.OwnerId == ownerId && sessions.Contains(j.SessionId)).OrderBy(j => j.CreatedAt)
            .Select(j => new { j.SessionId, j.WentWell, j.ToChange, Feeling = j.HowItFelt, j.CoachingResponse, j.CoachingSource, j.CreatedAt, j.UpdatedAt })
            .ToListAsync(ct);
        await archive.AddJsonAsync("reflections.json", entries, ct);
    }
}
