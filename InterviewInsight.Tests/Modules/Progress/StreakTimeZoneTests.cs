using System.Text.Json;
using InterviewInsight.Modules.Auth.Contracts;
using InterviewInsight.Modules.Live.Contracts;
using InterviewInsight.Modules.Live.Data;
using InterviewInsight.Modules.Shared.Time;
using InterviewInsight.Tests.TestInfrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace InterviewInsight.Tests.Modules.Progress;

/// <summary><c>GET /api/progress</c>'s <c>streakDays</c> counts calendar days in the account's time zone (UTC when unset).</summary>
[Trait("Category", "Integration")]
public sealed class StreakTimeZoneTests
{
    private static readonly DateTime Now = new(2026, 12, 7, 10, 0, 0, DateTimeKind.Utc);

    [Fact]
    public async Task Given_the_same_practice_times_When_accounts_in_utc_auckland_and_los_angeles_read_progress_Then_each_streak_follows_its_zone()
    {
        // Arrange: the times of PracticeStreakTests' day-boundary case (UTC 3 days, Auckland 2, Los Angeles 1)
        using var app = new AppFactory(configureServices: s => s.AddSingleton<IClock>(new FixedClock(Now)));
        var utc = await TestAccounts.RegisterAsync(app, "utc@example.com");
        var auckland = await TestAccounts.RegisterAsync(app, "auckland@example.com");
        var losAngeles = await TestAccounts.RegisterAsync(app, "la@example.com");
        await TestAccounts.SetPreferencesAsync(app.CreateClientAs(auckland, Roles.Candidate), "Pacific/Auckland", false);
        await TestAccounts.SetPreferencesAsync(app.CreateClientAs(losAngeles, Roles.Candidate), "America/Los_Angeles", false);
        DateTime[] practised = [new(2026, 12, 5, 12, 0, 0, DateTimeKind.Utc), new(2026, 12, 6, 3, 0, 0, DateTimeKind.Utc), new(2026, 12, 7, 9, 0, 0, DateTimeKind.Utc)];
        foreach (var owner in new[] { utc, auckland, losAngeles })
        {
            await AddEndedSessionsAsync(app, owner, practised);
        }

        // Act
        var streaks = new Dictionary<string, int>();
        foreach (var (name, owner) in new[] { ("utc", utc), ("auckland", auckland), ("losAngeles", losAngeles) })
        {
            using var report = JsonDocument.Parse(await app.CreateClientAs(owner, Roles.Candidate).GetStringAsync("/api/progress"));
            streaks[name] = report.RootElement.GetProperty("streakDays").GetInt32();
        }

        // Assert
        streaks.ShouldBe(new Dictionary<string, int> { ["utc"] = 3, ["auckland"] = 2, ["losAngeles"] = 1 });
    }

    /// <summary>Ended sessions at fixed times (the streak counts ended sessions, analysed or not).</summary>
    private static async Task AddEndedSessionsAsync(AppFactory app, string ownerId, IEnumerable<DateTime> endedAt)
    {
        await using var db = await app.Services.GetRequiredService<IDbContextFactory<LiveDbContext>>().CreateDbContextAsync();
        foreach (var at in endedAt)
        {
            db.Sessions.Add(new PracticeSession
            {
                Id = Guid.NewGuid(), OwnerId = ownerId, Kind = SessionKind.Upload, Status = SessionStatus.Ended, Role = "Designer",
                CreatedAt = at, EndedAt = at,
            });
        }

        await db.SaveChangesAsync();
    }

    private sealed class FixedClock(DateTime utcNow) : IClock
    {
        public DateTime UtcNow => utcNow;
    }
}
