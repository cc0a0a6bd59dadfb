using InterviewInsight.Modules.Live.Contracts;
using InterviewInsight.Modules.Live.Data;
using InterviewInsight.Modules.Live.Interview;
using InterviewInsight.Modules.Shared.Outbox;
using InterviewInsight.Tests.TestInfrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace InterviewInsight.Tests.Modules.Live.Interview;

/// <summary>The real app host (SQLite, real DI) and the interview use cases, for the integration tests of each use case.</summary>
internal sealed class InterviewArrange : IDisposable
{
    public static readonly SessionSetUp SetUp = new("Backend engineer", "Payments", Seniority.Mid, InterviewType.Behavioural, 2, null, false,
        new AnalysisConsent(true, false, false));

    private readonly AppFactory app = new();

    public ILiveApi Live => app.Services.GetRequiredService<ILiveApi>();

    public OpenInterview Opening => app.Services.GetRequiredService<OpenInterview>();

    public AskQuestion Asking => app.Services.GetRequiredService<AskQuestion>();

    public EndAnswer AnswerEnding => app.Services.GetRequiredService<EndAnswer>();

    public EndInterview Ending => app.Services.GetRequiredService<EndInterview>();

    public Task<Guid> NewLiveSessionAsync(string owner = "alice", SessionSetUp? setUp = null) =>
        Live.CreateSessionAsync(owner, SessionKind.Live, setUp ?? SetUp);

    /// <summary>The event types the Live module wrote to its outbox for delivery, oldest first.</summary>
    public async Task<IReadOnlyList<string>> OutboxTypesAsync()
    {
        await using var db = await app.Services.GetRequiredService<IDbContextFactory<LiveDbContext>>().CreateDbContextAsync();
        return await db.Set<OutboxMessage>().OrderBy(m => m.OccurredAt).Select(m => m.Type).ToListAsync();
    }

    public void Dispose() => app.Dispose();
}
