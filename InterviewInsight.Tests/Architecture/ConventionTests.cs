using System.Reflection;
using InterviewInsight.Modules;
using InterviewInsight.Modules.Shared.Outbox;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Components;
using Microsoft.EntityFrameworkCore;
using NetArchTest.Rules;

namespace InterviewInsight.Tests.Architecture;

public sealed class ConventionTests
{
    /// <summary>docs/architecture.md, "Access": the landing page, the account pages, health, API docs and report links.</summary>
    private static readonly string[] AnonymousPages =
    [
        "/", "/Account/Login", "/Account/Register", "/Account/ForgotPassword", "/Account/ResetPassword",
        "/Account/AccessDenied", "/Account/Lockout", "/not-found", "/Error", "/r/{Token}", "/invitations/{Token}",
    ];

    [Fact]
    public void Given_modules_assembly_When_checked_Then_event_handlers_jobs_and_dbcontexts_are_not_public()
    {
        // Event handlers are named for what they do (StartRunOnSessionEnded), so they are found by what they implement.
        var selected = Types.InAssembly(typeof(ModulesAssembly).Assembly)
            .That().AreClasses().And().ImplementInterface(typeof(IEventHandler<>))
            .Or().AreClasses().And().HaveNameEndingWith("Job")
            .Or().Inherit(typeof(DbContext))
            .GetTypes().ToList();
        var result = Types.InAssembly(typeof(ModulesAssembly).Assembly)
            .That().AreClasses().And().ImplementInterface(typeof(IEventHandler<>))
            .Or().AreClasses().And().HaveNameEndingWith("Job")
            .Or().Inherit(typeof(DbContext))
            .ShouldNot().BePublic()
            .GetResult();

        selected.Count(t => t.ReflectionType.GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEventHandler<>))).ShouldBeGreaterThan(3);
        selected.Count(t => typeof(DbContext).IsAssignableFrom(t.ReflectionType)).ShouldBeGreaterThan(6);
        selected.Count(t => t.Name.EndsWith("Job", StringComparison.Ordinal)).ShouldBeGreaterThan(2);
        result.FailingTypes.Select(t => t.FullName).ShouldBeEmpty();
    }

    [Fact]
    public void Given_every_routable_page_When_checked_Then_it_requires_a_role_or_is_an_allowed_anonymous_route()
    {
        // Arrange
        var pages = new[] { typeof(ModulesAssembly).Assembly, typeof(Program).Assembly }
            .SelectMany(a => a.GetTypes())
            .Where(t => typeof(IComponent).IsAssignableFrom(t) && t.GetCustomAttributes<RouteAttribute>().Any())
            .ToList();

        // Act
        var unguarded = pages.Where(t => t.GetCustomAttribute<AuthorizeAttribute>() is null && t.GetCustomAttribute<AllowAnonymousAttribute>() is null)
            .Select(t => t.FullName).ToList();
        var anonymous = pages.Where(t => t.GetCustomAttribute<AllowAnonymousAttribute>() is not null)
            .SelectMany(t => t.GetCustomAttributes<RouteAttribute>().Select(r => r.Template)).ToList();

        // Assert
        pages.Count.ShouldBeGreaterThan(10);
        unguarded.ShouldBeEmpty("every page must say whether it needs a role");
        anonymous.ShouldBeSubsetOf(AnonymousPages);
    }
}
