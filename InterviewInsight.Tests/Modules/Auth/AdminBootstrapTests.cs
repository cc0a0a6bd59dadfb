using InterviewInsight.Modules.Auth.Contracts;
using InterviewInsight.Modules.Auth.Data;
using InterviewInsight.Modules.Auth.Services;
using InterviewInsight.Tests.TestInfrastructure;
using InterviewInsight.Web.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace InterviewInsight.Tests.Modules.Auth;

[Trait("Category", "Integration")]
public sealed class AdminBootstrapTests
{
    private const string Password = "Practice2026";

    [Fact]
    public async Task Given_a_new_instance_When_two_accounts_register_Then_the_first_is_Admin_and_the_second_a_Candidate()
    {
        // Arrange
        using var app = new AppFactory();

        // Act
        await RegisterAsync(app, "first@example.com");
        await RegisterAsync(app, "second@example.com");

        // Assert
        (await RoleOfAsync(app, "first@example.com")).ShouldBe(Roles.Admin);
        (await RoleOfAsync(app, "second@example.com")).ShouldBe(Roles.Candidate);
    }

    [Fact]
    public async Task Given_the_only_admin_When_they_delete_their_account_or_lose_the_role_Then_both_are_refused_with_a_clear_message()
    {
        // Arrange
        using var app = new AppFactory();
        await RegisterAsync(app, "admin@example.com");
        await RegisterAsync(app, "candidate@example.com");
        var adminId = (await app.Services.GetRequiredService<IAuthApi>().FindUserByEmailAsync("admin@example.com"))!.Id;

        // Act
        var deleted = await DeleteAsync(app, "admin@example.com");
        var demoted = await app.Services.GetRequiredService<IAuthApi>().SetRoleAsync(adminId, Roles.Candidate);

        // Assert
        deleted.Succeeded.ShouldBeFalse();
        deleted.Errors.Single().Description.ShouldContain("only admin");
        demoted.Succeeded.ShouldBeFalse();
        demoted.Error.ShouldNotBeNull().ShouldContain("last admin");
        (await RoleOfAsync(app, "admin@example.com")).ShouldBe(Roles.Admin);
    }

    [Fact]
    public async Task Given_two_admins_When_one_deletes_their_account_and_someone_registers_Then_nobody_is_promoted()
    {
        // Arrange: the first admin makes a second one, then leaves
        using var app = new AppFactory();
        var auth = app.Services.GetRequiredService<IAuthApi>();
        await RegisterAsync(app, "founder@example.com");
        await RegisterAsync(app, "deputy@example.com");
        (await auth.SetRoleAsync((await auth.FindUserByEmailAsync("deputy@example.com"))!.Id, Roles.Admin)).Succeeded.ShouldBeTrue();
        (await DeleteAsync(app, "founder@example.com")).Succeeded.ShouldBeTrue();

        // Act
        await RegisterAsync(app, "newcomer@example.com");

        // Assert
        (await RoleOfAsync(app, "newcomer@example.com")).ShouldBe(Roles.Candidate);
        (await RoleOfAsync(app, "deputy@example.com")).ShouldBe(Roles.Admin);
        (await auth.ListUsersAsync()).Count(u => u.Role == Roles.Admin).ShouldBe(1);
    }

    [Fact]
    public async Task Given_an_instance_without_an_admin_When_the_promote_command_runs_Then_that_account_becomes_Admin()
    {
        // Arrange: an instance whose accounts are all Candidates (its admin was demoted directly in the database)
        var dataPath = Directory.CreateTempSubdirectory("ii-test-").FullName;
        using (var app = new AppFactory(dataPath))
        {
            await RegisterAsync(app, "lost@example.com");
            await RegisterAsync(app, "rescuer@example.com");
            await using var scope = app.Services.CreateAsyncScope();
            var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
            var lost = (await users.FindByEmailAsync("lost@example.com"))!;
            (await users.RemoveFromRoleAsync(lost, Roles.Admin)).Succeeded.ShouldBeTrue();
        }

        var output = new StringWriter();
        string[] args = ["promote", "rescuer@example.com", $"--Data:Path={dataPath}", "--Database:Provider=Sqlite", "--ConnectionStrings:Hangfire="];

        // Act
        var exit = await AdminCommands.RunAsync(args, output, CancellationToken.None);
        var unknown = await AdminCommands.RunAsync(["promote", "nobody@example.com", .. args[2..]], output, CancellationToken.None);

        // Assert
        exit.ShouldBe(0, output.ToString());
        unknown.ShouldBe(1);
        output.ToString().ShouldContain("No account uses the e-mail 'nobody@example.com'");
        using var restarted = new AppFactory(dataPath);
        (await RoleOfAsync(restarted, "rescuer@example.com")).ShouldBe(Roles.Admin);
    }

    private static async Task RegisterAsync(AppFactory app, string email)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var result = await scope.ServiceProvider.GetRequiredService<AccountRegistrar>().RegisterAsync(email, Password);
        result.Succeeded.ShouldBeTrue(string.Join(" ", result.Errors.Select(e => e.Description)));
    }

    private static async Task<IdentityResult> DeleteAsync(AppFactory app, string email)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        return await scope.ServiceProvider.GetRequiredService<AccountDeleter>().DeleteAsync((await users.FindByEmailAsync(email))!);
    }

    private static async Task<string?> RoleOfAsync(AppFactory app, string email) =>
        (await app.Services.GetRequiredService<IAuthApi>().FindUserByEmailAsync(email))?.Role;
}
