using InterviewInsight.Modules.Auth.Contracts;
using InterviewInsight.Modules.Coaching.Data;
using InterviewInsight.Modules.Live.Contracts;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace InterviewInsight.Modules.Coaching.Coach;

/// <summary>A candidate who shares with the coach: one who may be assigned the coach's question sets.</summary>
internal sealed record CoachCandidate(string Id, string Email);

/// <summary>
/// Assigning a coach's question set (Live owns the sets) to a candidate. Only a candidate with an active share with the coach
/// (of one session or of all future sessions) may be assigned; the grant table is read on every call, so a revoke stops new
/// assignments at once. Anyone else, or a set that is not the coach's, is simply not found.
/// </summary>
internal sealed class QuestionSetAssignments(IDbContextFactory<CoachingDbContext> dbs, ILiveApi live, IAuthApi auth)
{
    public async Task<IReadOnlyList<CoachCandidate>> ListCandidatesAsync(string coachId, CancellationToken ct)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        var ids = await db.Shares.AsNoTracking().Where(g => g.GranteeId == coachId && g.RevokedAt == null).Select(g => g.OwnerId).Distinct().ToListAsync(ct);
        var candidates = new List<CoachCandidate>();
        foreach (var id in ids.Where(id => id != coachId))
        {
            if (await auth.FindUserAsync(id, ct) is { } user)
            {
                candidates.Add(new CoachCandidate(user.Id, user.Email));
            }
        }

        return [.. candidates.OrderBy(c => c.Email, StringComparer.OrdinalIgnoreCase)];
    }

    public async Task<bool> AssignAsync(string coachId, Guid setId, string? candidateId, CancellationToken ct) =>
        await SharesWithAsync(coachId, candidateId, ct) && await live.AssignQuestionSetAsync(coachId, setId, candidateId!, ct);

    public async Task<bool> UnassignAsync(string coachId, Guid setId, string candidateId, CancellationToken ct) =>
        await live.UnassignQuestionSetAsync(coachId, setId, candidateId, ct);

    private async Task<bool> SharesWithAsync(string coachId, string? candidateId, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(candidateId) || candidateId == coachId)
        {
            return false;
        }

        await using var db = await dbs.CreateDbContextAsync(ct);
        return await db.Shares.AnyAsync(g => g.GranteeId == coachId && g.OwnerId == candidateId && g.RevokedAt == null, ct);
    }

    public static void Map(IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/coach/question-sets/{setId:guid}/assignments").RequireAuthorization(Policies.Candidate).WithTags("Question sets");
        group.MapPost("/", async Task<IResult> (Guid setId, AssignmentRequest? body, ICurrentUser me, QuestionSetAssignments assignments, CancellationToken ct) =>
                await assignments.AssignAsync(await me.RequireUserIdAsync(), setId, body?.CandidateId, ct)
                    ? TypedResults.Created($"/api/question-sets/{setId}", new { setId, candidateId = body!.CandidateId })
                    : TypedResults.NotFound())
            .Produces(StatusCodes.Status201Created)
            .Produces(StatusCodes.Status404NotFound)
            .WithSummary("Assigns one of your question sets to a candidate who shares sessions with you; 404 when the set is not yours or the candidate does not share with you.");
        group.MapDelete("/{candidateId}", async Task<IResult> (Guid setId, string candidateId, ICurrentUser me, QuestionSetAssignments assignments, CancellationToken ct) =>
                await assignments.UnassignAsync(await me.RequireUserIdAsync(), setId, candidateId, ct) ? TypedResults.NoContent() : TypedResults.NotFound())
            .Produces(StatusCodes.Status204NoContent)
            .Produces(StatusCodes.Status404NotFound)
            .WithSummary("Takes an assignment of one of your sets back.");
    }

    internal sealed record AssignmentRequest(string? CandidateId);
}
