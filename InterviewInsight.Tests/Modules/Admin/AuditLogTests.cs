using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using InterviewInsight.Modules.Auth.Data;
using InterviewInsight.Modules.Auth.Services;
using InterviewInsight.Modules.Live.Contracts;
using InterviewInsight.Modules.Shared.Audit;
using InterviewInsight.Tests.TestInfrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace InterviewInsight.Tests.Modules.Admin;

/// <summary>The audit log records shares, revokes and deletions as they happen, and only admins read it.</summary>
[Trait("Category", "Integration")]
public sealed class AuditLogTests
{
    [Fact]
    public async Task Given_a_share_a_revoke_a_session_deletion_and_an_account_deletion_When_an_admin_reads_the_log_Then_each_is_there_newest_first()
    {
        // Arrange
        using var app = new AppFactory();
        var adminId = await TestAccounts.RegisterAsync(app, "admin@example.org");
        var ownerId = await TestAccounts.RegisterAsync(app, "owner@example.org");
        await TestAccounts.RegisterAsync(app, "coach@example.org");
        var owner = app.CreateClientWithAntiforgery(ownerId, "Candidate");
        var sessionId = await app.Services.GetRequiredService<ILiveApi>().CreateSessionAsync(ownerId, SessionKind.Live,
            new SessionSetUp("Analyst", "", Seniority.Junior, InterviewType.Mixed, 2, null, false, new AnalysisConsent(true, false, false)));

        // Act
        using var shared = await owner.PostAsJsonAsync($"/api/sessions/{sessionId}/shares", new { email = "coach@example.org" });
        var shareId = (await shared.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        (await owner.DeleteAsync($"/api/sessions/{sessionId}/shares/{shareId}")).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await owner.DeleteAsync($"/api/sessions/{sessionId}")).IsSuccessStatusCode.ShouldBeTrue();
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
            (await scope.ServiceProvider.GetRequiredService<AccountDeleter>().DeleteAsync((await users.FindByIdAsync(ownerId))!)).Succeeded.ShouldBeTrue();
        }

        // Assert: in order, by whom, about what
        var entries = await app.Services.GetRequiredService<IAuditLog>().ListAsync(10);
        entries.Select(e => e.Action).ShouldBe([AuditActions.AccountDeleted, AuditActions.SessionDeleted, AuditActions.ShareRevoked, AuditActions.ShareCreated]);
        entries.ShouldAllBe(e => e.ActorId == ownerId);
        entries[3].Details.ShouldBe($"Shared session {sessionId} with coach@example.org.");
        entries[2].Subject.ShouldBe(shareId.ToString());
        entries[1].Subject.ShouldBe(sessionId.ToString());
        entries[0].Details.ShouldContain("owner@example.org");

        // Assert: the admin's page lists them (the deleted actor shown as such); nobody else gets it
        var page = await app.CreateClientAs(adminId, "Admin").GetStringAsync("/admin/audit");
        page.ShouldContain("id=\"audit-table\"");
        page.ShouldContain($"Shared session {sessionId} with coach@example.org.");
        page.ShouldContain("(deleted account)");
        var asCandidate = await app.CreateClientAs("someone", "Candidate").GetAsync("/admin/audit");
        (await asCandidate.Content.ReadAsStringAsync()).ShouldNotContain("audit-table");
    }
}
