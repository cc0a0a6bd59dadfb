using InterviewInsight.Modules.Auth.Contracts;
using InterviewInsight.Modules.Auth.Services;
using InterviewInsight.Modules.Shared.Settings;
using InterviewInsight.Tests.TestInfrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace InterviewInsight.Tests.Modules.Auth;

/// <summary>The admins' registration mode, on a real Identity store: open, invite-only or closed, the first account always allowed.</summary>
[Trait("Category", "Integration")]
public sealed class RegistrationModeTests : IDisposable
{
    private readonly AppFactory app = new();

    public void Dispose() => app.Dispose();

    [Fact]
    public async Task Given_a_closed_instance_When_nobody_has_registered_yet_Then_the_first_account_is_still_made_and_is_the_admin()
    {
        await SetModeAsync(RegistrationModes.Closed);

        var id = await TestAccounts.RegisterAsync(app, "first@example.org");

        (await app.Services.GetRequiredService<IAuthApi>().FindUserAsync(id))!.Role.ShouldBe(Roles.Admin);
    }

    [Theory]
    [InlineData(RegistrationModes.Open, true, true)]
    [InlineData(RegistrationModes.InviteOnly, false, true)]
    [InlineData(RegistrationModes.Closed, false, false)]
    public async Task Given_a_mode_When_someone_registers_and_someone_accepts_an_invitation_Then_only_what_the_mode_allows_is_made(string mode, bool openAllowed, bool invitedAllowed)
    {
        // Arrange
        await TestAccounts.RegisterAsync(app, "admin@example.org");
        await SetModeAsync(mode);

        // Act
        IdentityOutcome open;
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var result = await scope.ServiceProvider.GetRequiredService<AccountRegistrar>().RegisterAsync("walk-in@example.org", TestAccounts.Password);
            open = new(result.Succeeded, string.Join(" ", result.Errors.Select(e => e.Description)));
        }

        var invited = await app.Services.GetRequiredService<IAuthApi>().RegisterInvitedAsync("invited@example.org", TestAccounts.Password, Roles.Coach);
        var page = await app.CreateClient().GetStringAsync("/Account/Register");

        // Assert: what was made, and what the refused are told
        open.Succeeded.ShouldBe(openAllowed, open.Errors);
        (invited.Error is null).ShouldBe(invitedAllowed, invited.Error);
        (await app.Services.GetRequiredService<IAuthApi>().FindUserByEmailAsync("walk-in@example.org") is not null).ShouldBe(openAllowed);
        if (!openAllowed)
        {
            open.Errors.ShouldContain(mode == RegistrationModes.Closed ? "takes no new accounts" : "by invitation only");
            page.ShouldContain("id=\"registration-closed\"");
            page.ShouldNotContain("id=\"register-submit\"");
        }
        else
        {
            page.ShouldContain("id=\"register-submit\"");
        }

        if (!invitedAllowed)
        {
            invited.Error.ShouldNotBeNull().ShouldContain("invitation cannot be accepted");
        }
    }

    private Task SetModeAsync(string mode) =>
        app.Services.GetRequiredService<IInstanceSettings>().SetAsync(InstanceSettingKeys.RegistrationMode, mode, "test");

    private sealed record IdentityOutcome(bool Succeeded, string Errors);
}
