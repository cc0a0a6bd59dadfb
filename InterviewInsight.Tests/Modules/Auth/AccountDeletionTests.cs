using InterviewInsight.Modules.Auth.Contracts;
using InterviewInsight.Modules.Auth.Data;
using InterviewInsight.Modules.Auth.Services;
using InterviewInsight.Modules.Live.Contracts;
using InterviewInsight.Tests.TestInfrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace InterviewInsight.Tests.Modules.Auth;

[Trait("Category", "Integration")]
public sealed class AccountDeletionTests
{
    [Fact]
    public async Task Given_user_with_sessions_When_account_deleted_Then_user_and_their_sessions_are_gone_and_others_stay()
    {
        // Arrange
        using var app = new AppFactory();
        var live = app.Services.GetRequiredService<ILiveApi>();
        var auth = app.Services.GetRequiredService<IAuthApi>();
        string userId;
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var registrar = scope.ServiceProvider.GetRequiredService<AccountRegistrar>();
            (await registrar.RegisterAsync("admin@example.com", "Practice2026")).Succeeded.ShouldBeTrue();
            (await registrar.RegisterAsync("leaving@example.com", "Practice2026")).Succeeded.ShouldBeTrue();
            userId = (await auth.FindUserByEmailAsync("leaving@example.com"))!.Id;
        }

        var setUp = new SessionSetUp("Designer", "", Seniority.Mid, InterviewType.Behavioural, 3, null, false, new AnalysisConsent(true, false, false));
        await live.CreateSessionAsync(userId, SessionKind.Live, setUp);
        var othersSession = await live.CreateSessionAsync("someone-else", SessionKind.Live, setUp);

        // Act
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
            var deleter = scope.ServiceProvider.GetRequiredService<AccountDeleter>();
            (await deleter.DeleteAsync((await users.FindByIdAsync(userId))!)).Succeeded.ShouldBeTrue();
        }

        // Assert: the outbox delivers UserDeleted to Live, which removes the sessions
        var deadline = DateTime.UtcNow.AddMinutes(2);
        while ((await live.ListSessionsAsync(userId)).Count > 0 && DateTime.UtcNow < deadline)
        {
            await Task.Delay(100);
        }

        (await live.ListSessionsAsync(userId)).ShouldBeEmpty();
        (await auth.FindUserAsync(userId)).ShouldBeNull();
        (await live.GetSessionAsync("someone-else", othersSession)).ShouldNotBeNull();
    }
}
