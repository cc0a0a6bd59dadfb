using InterviewInsight.Modules.Auth.Contracts;
using InterviewInsight.Modules.Coaching.Cohorts;
using InterviewInsight.Modules.Coaching.Coach;
using InterviewInsight.Modules.Coaching.Data;
using InterviewInsight.Modules.Coaching.Review;
using InterviewInsight.Modules.Coaching.Sharing;
using InterviewInsight.Modules.Live.Contracts;
using InterviewInsight.Modules.Shared.Access;
using InterviewInsight.Modules.Shared.Data;
using InterviewInsight.Modules.Shared.Outbox;
using InterviewInsight.Modules.Shared.PersonalData;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace InterviewInsight.Modules.Coaching;

public static class CoachingModule
{
    public static IServiceCollection AddCoachingModule(this IServiceCollection services, IConfiguration config) =>
        services
            .AddModuleDbContext<CoachingDbContext, SqliteCoachingDbContext, PostgresCoachingDbContext>(config, CoachingDbContext.Module)
            .AddOutboxFor<CoachingDbContext>(CoachingDbContext.Module)
            .AddSingleton<ISessionAccess, SessionAccessResolver>()
            .AddSingleton<ShareBook>()
            .AddSingleton<ShareInvitations>()
            .AddSingleton<SharedWithMe>()
            .AddSingleton<ReviewNotices>()
            .AddSingleton<CohortBook>()
            .AddSingleton<IPersonalDataSource, ReviewPersonalData>()
            .AddSingleton<QuestionSetAssignments>()
            .AddSingleton<Contracts.ICoachingApi, SessionReview>()
            .AddEventHandler<UserDeleted, DeleteDataOnUserDeleted>()
            .AddEventHandler<SessionDeleted, DeleteReviewOnSessionDeleted>();

    public static IEndpointRouteBuilder MapCoachingModule(this IEndpointRouteBuilder endpoints)
    {
        ShareEndpoints.Map(endpoints);
        ReviewEndpoints.Map(endpoints);
        CohortEndpoints.Map(endpoints);
        QuestionSetAssignments.Map(endpoints);
        return endpoints;
    }

    private sealed class DeleteReviewOnSessionDeleted(IDbContextFactory<CoachingDbContext> dbs) : IEventHandler<SessionDeleted>
    {
        public async Task HandleAsync(SessionDeleted integrationEvent, CancellationToken ct)
        {
            var (sessionId, ownerId) = (integrationEvent.SessionId, integrationEvent.OwnerId);
            await using var db = await dbs.CreateDbContextAsync(ct);
            await db.Shares.Where(x => x.SessionId == sessionId && x.OwnerId == ownerId).ExecuteDeleteAsync(ct);
            await db.Comments.Where(x => x.SessionId == sessionId && x.OwnerId == ownerId).ExecuteDeleteAsync(ct);
            await db.Overrides.Where(x => x.SessionId == sessionId && x.OwnerId == ownerId).ExecuteDeleteAsync(ct);
        }
    }

    /// <summary>An account's shares both ways, the review on its sessions, and what it wrote on others' sessions.</summary>
    private sealed class DeleteDataOnUserDeleted(IDbContextFactory<CoachingDbContext> dbs) : IEventHandler<UserDeleted>
    {
        public async Task HandleAsync(UserDeleted integrationEvent, CancellationToken ct)
        {
            var userId = integrationEvent.UserId;
            await using var db = await dbs.CreateDbContextAsync(ct);
            await db.Shares.Where(x => x.OwnerId == userId || x.GranteeId == userId).ExecuteDeleteAsync(ct);
            await db.Comments.Where(x => x.OwnerId == userId || x.AuthorId == userId).ExecuteDeleteAsync(ct);
            await db.Overrides.Where(x => x.OwnerId == userId || x.CoachId == userId).ExecuteDeleteAsync(ct);
            await db.NoticeCursors.Where(x => x.UserId == userId).ExecuteDeleteAsync(ct);
            await db.CohortMembers.Where(x => x.CandidateId == userId).ExecuteDeleteAsync(ct);
            await db.Cohorts.Where(x => x.CoachId == userId).ExecuteDeleteAsync(ct);
        }
    }
}
