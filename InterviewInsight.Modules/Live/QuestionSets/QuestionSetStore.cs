using InterviewInsight.Modules.Live.Contracts;
using InterviewInsight.Modules.Live.Data;
using InterviewInsight.Modules.Shared.Time;
using Microsoft.EntityFrameworkCore;

namespace InterviewInsight.Modules.Live.QuestionSets;

/// <summary>
/// Question sets and their assignments. Only the owner writes, deletes or assigns a set; an assignee reads it and plans from it.
/// A set the caller may not read is absent (null, false), never an error, so the pages and REST answer 404 alike.
/// </summary>
internal sealed class QuestionSetStore(IDbContextFactory<LiveDbContext> dbs, IClock clock)
{
    public async Task<IReadOnlyList<QuestionSetSummary>> ListAsync(string userId, CancellationToken ct)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        var mine = await db.QuestionSets.AsNoTracking().Where(s => s.OwnerId == userId).ToListAsync(ct);
        var assigned = await db.QuestionSetAssignments.AsNoTracking()
            .Where(a => a.AssigneeId == userId)
            .Join(db.QuestionSets, a => a.SetId, s => s.Id, (a, s) => new { a, s })
            .ToListAsync(ct);
        return
        [
            .. mine.OrderByDescending(s => s.UpdatedAt).Select(s => new QuestionSetSummary(s.Id, s.Name, s.Questions.Count, true, null, null, s.UpdatedAt)),
            .. assigned.Where(x => x.s.OwnerId != userId).OrderByDescending(x => x.a.AssignedAt)
                .Select(x => new QuestionSetSummary(x.s.Id, x.s.Name, x.s.Questions.Count, false, x.a.AssignedById, x.a.AssignedAt, x.s.UpdatedAt)),
        ];
    }

    public async Task<QuestionSetDetails?> GetAsync(string userId, Guid setId, CancellationToken ct)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        var set = await db.QuestionSets.AsNoTracking().SingleOrDefaultAsync(s => s.Id == setId, ct);
        if (set is null)
        {
            return null;
        }

        if (set.OwnerId == userId)
        {
            var assignees = await db.QuestionSetAssignments.AsNoTracking().Where(a => a.SetId == setId).Select(a => a.AssigneeId).ToListAsync(ct);
            return Details(set, assignees);
        }

        return await db.QuestionSetAssignments.AnyAsync(a => a.SetId == setId && a.AssigneeId == userId, ct) ? Details(set, []) : null;
    }

    public async Task<QuestionSetWrite> CreateAsync(string ownerId, QuestionSetDraft? draft, CancellationToken ct)
    {
        if (QuestionSetRules.Validate(draft) is { Count: > 0 } errors)
        {
            return new QuestionSetWrite(null, errors);
        }

        await using var db = await dbs.CreateDbContextAsync(ct);
        var now = clock.UtcNow;
        var set = new QuestionSet
        {
            Id = Guid.NewGuid(),
            OwnerId = ownerId,
            Name = draft!.Name.Trim(),
            Questions = QuestionSetRules.Normalise(draft.Questions),
            CreatedAt = now,
            UpdatedAt = now,
        };
        db.QuestionSets.Add(set);
        await db.SaveChangesAsync(ct);
        return new QuestionSetWrite(set.Id, []);
    }

    public async Task<QuestionSetWrite> UpdateAsync(string ownerId, Guid setId, QuestionSetDraft? draft, CancellationToken ct)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        var set = await db.QuestionSets.SingleOrDefaultAsync(s => s.Id == setId && s.OwnerId == ownerId, ct);
        if (set is null)
        {
            return QuestionSetWrite.Missing;
        }

        if (QuestionSetRules.Validate(draft) is { Count: > 0 } errors)
        {
            return new QuestionSetWrite(null, errors);
        }

        set.Name = draft!.Name.Trim();
        set.Questions = QuestionSetRules.Normalise(draft.Questions);
        set.UpdatedAt = clock.UtcNow;
        await db.SaveChangesAsync(ct);
        return new QuestionSetWrite(set.Id, []);
    }

    public async Task<bool> DeleteAsync(string ownerId, Guid setId, CancellationToken ct)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        await db.QuestionSetAssignments.Where(a => a.SetId == setId && db.QuestionSets.Any(s => s.Id == setId && s.OwnerId == ownerId)).ExecuteDeleteAsync(ct);
        var deleted = await db.QuestionSets.Where(s => s.Id == setId && s.OwnerId == ownerId).ExecuteDeleteAsync(ct);
        await tx.CommitAsync(ct);
        return deleted > 0;
    }

    /// <summary>An account's deletion: its sets (with everyone's assignments of them) and what was assigned to it.</summary>
    public async Task DeleteForUserAsync(string userId, CancellationToken ct)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        var owned = db.QuestionSets.Where(s => s.OwnerId == userId).Select(s => s.Id);
        await db.QuestionSetAssignments.Where(a => a.AssigneeId == userId || a.AssignedById == userId || owned.Contains(a.SetId)).ExecuteDeleteAsync(ct);
        await db.QuestionSets.Where(s => s.OwnerId == userId).ExecuteDeleteAsync(ct);
    }

    public async Task<bool> AssignAsync(string ownerId, Guid setId, string assigneeId, CancellationToken ct)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        if (!await db.QuestionSets.AnyAsync(s => s.Id == setId && s.OwnerId == ownerId, ct))
        {
            return false;
        }

        if (!await db.QuestionSetAssignments.AnyAsync(a => a.SetId == setId && a.AssigneeId == assigneeId, ct))
        {
            db.QuestionSetAssignments.Add(new QuestionSetAssignment
            {
                Id = Guid.NewGuid(), SetId = setId, AssigneeId = assigneeId, AssignedById = ownerId, AssignedAt = clock.UtcNow,
            });
            await db.SaveChangesAsync(ct);
        }

        return true;
    }

    public async Task<bool> UnassignAsync(string ownerId, Guid setId, string assigneeId, CancellationToken ct)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        return await db.QuestionSetAssignments
            .Where(a => a.SetId == setId && a.AssigneeId == assigneeId && db.QuestionSets.Any(s => s.Id == setId && s.OwnerId == ownerId))
            .ExecuteDeleteAsync(ct) > 0;
    }

    private static QuestionSetDetails Details(QuestionSet set, IReadOnlyList<string> assignees) =>
        new(set.Id, set.OwnerId, set.Name, set.Questions, set.CreatedAt, set.UpdatedAt, assignees);
}
