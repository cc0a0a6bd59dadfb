using InterviewInsight.Modules;
using Microsoft.EntityFrameworkCore;
using NetArchTest.Rules;

namespace InterviewInsight.Tests.Architecture;

/// <summary>
/// The layering of docs/architecture.md: Shared ← Engines ← modules ← Tooling; modules meet only through contracts;
/// the host (Web) sees module entry points and contracts only.
/// </summary>
public sealed class ModuleBoundaryTests
{
    private const string Root = "InterviewInsight.Modules";
    private static readonly string[] Modules = ["Auth", "Live", "Analysis", "Reports", "Progress", "Coaching", "Admin"];

    public static TheoryData<string, string> ModulePairs()
    {
        var data = new TheoryData<string, string>();
        foreach (var from in Modules)
        {
            foreach (var to in Modules.Where(m => m != from))
            {
                data.Add(from, to);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(ModulePairs))]
    public void Given_two_modules_When_one_uses_the_other_Then_only_through_its_contracts(string from, string to)
    {
        // Arrange: every namespace of the target module except its Contracts, plus the types at its root.
        var forbidden = Internals(typeof(ModulesAssembly).Assembly, to);
        forbidden.ShouldNotBeEmpty();

        // Act
        var failing = FailingTypes(InNamespace(typeof(ModulesAssembly).Assembly, $"{Root}.{from}").ShouldNot().HaveDependencyOnAny(forbidden));

        // Assert
        failing.ShouldBeEmpty($"{from} reaches into {to} outside {to}.Contracts");
    }

    [Fact]
    public void Given_live_and_analysis_When_checked_Then_only_analysis_depends_on_live()
    {
        // Analysis reacts to Live's events and reads sessions through ILiveApi; Live never calls back, not even a contract.
        var failing = FailingTypes(InNamespace(typeof(ModulesAssembly).Assembly, $"{Root}.Live").ShouldNot().HaveDependencyOnAny($"{Root}.Analysis"));
        failing.ShouldBeEmpty();
    }

    [Fact]
    public void Given_the_admin_module_When_checked_Then_it_owns_no_data_and_reaches_no_recording()
    {
        // Admin manages accounts and the instance through other modules' contracts: no DbContext of its own, and nothing that
        // holds sessions or media, so an admin reads a recording only through a share, like anyone else.
        PredicateList Admin() => InNamespace(typeof(ModulesAssembly).Assembly, $"{Root}.Admin");
        string[] forbidden =
        [
            "Microsoft.EntityFrameworkCore", $"{Root}.Shared.Data", $"{Root}.Shared.Media",
            .. new[] { "Live", "Reports", "Progress", "Coaching" }.Select(m => $"{Root}.{m}"),
        ];

        var failing = FailingTypes(Admin().ShouldNot().HaveDependencyOnAny(forbidden));

        Admin().GetTypes().Count().ShouldBeGreaterThan(4);
        Admin().GetTypes().ShouldNotContain(t => typeof(DbContext).IsAssignableFrom(t.ReflectionType));
        failing.ShouldBeEmpty("Admin has no DbContext and no path to sessions or recordings");
    }

    [Fact]
    public void Given_shared_building_blocks_When_checked_Then_they_depend_on_no_module_engine_or_tool()
    {
        var failing = FailingTypes(InNamespace(typeof(ModulesAssembly).Assembly, $"{Root}.Shared")
            .ShouldNot().HaveDependencyOnAny([.. Modules.Select(m => $"{Root}.{m}"), $"{Root}.Engines", $"{Root}.Tooling"]));
        failing.ShouldBeEmpty();
    }

    [Fact]
    public void Given_the_engines_When_checked_Then_they_know_nothing_of_modules_tools_the_web_the_database_or_jobs()
    {
        string[] forbidden =
        [
            .. Modules.Select(m => $"{Root}.{m}"), $"{Root}.Tooling",
            "Microsoft.EntityFrameworkCore", "Hangfire", "Microsoft.AspNetCore", "MudBlazor",
        ];

        var failing = FailingTypes(InNamespace(typeof(ModulesAssembly).Assembly, $"{Root}.Engines").ShouldNot().HaveDependencyOnAny(forbidden));

        InNamespace(typeof(ModulesAssembly).Assembly, $"{Root}.Engines").GetTypes().Count().ShouldBeGreaterThan(100);
        failing.ShouldBeEmpty("the engines are plain code over models and media");
    }

    [Fact]
    public void Given_the_modules_and_engines_When_checked_Then_none_depends_on_the_tooling()
    {
        var failing = FailingTypes(Types.InAssembly(typeof(ModulesAssembly).Assembly).That()
            .ResideInNamespaceMatching($@"^{Escape(Root)}\.(?!Tooling(\.|$))").ShouldNot().HaveDependencyOnAny($"{Root}.Tooling"));
        failing.ShouldBeEmpty("the tooling measures the product; nothing in the product calls it");
    }

    [Fact]
    public void Given_the_web_host_When_checked_Then_it_uses_module_entry_points_and_contracts_only()
    {
        // Arrange: inside each module only its root namespace (XModule, XRoutes, XCommands) and its Contracts are open;
        // of the tooling, only its entry point. Engine records that contracts hand out may be read.
        string[] forbidden =
        [
            .. Modules.SelectMany(m => Internals(typeof(ModulesAssembly).Assembly, m, includeRootTypes: false)),
            .. Types.InAssembly(typeof(ModulesAssembly).Assembly).That().ResideInNamespaceMatching($@"^{Escape(Root)}\.Tooling\.")
                .GetTypes().Select(t => t.ReflectionType.Namespace!).Distinct(),
        ];

        // Act
        var failing = FailingTypes(Types.InAssembly(typeof(Program).Assembly).ShouldNot().HaveDependencyOnAny(forbidden));

        // Assert
        forbidden.Length.ShouldBeGreaterThan(20);
        failing.ShouldBeEmpty("the host wires modules through their public entry points");
    }

    /// <summary>Namespaces of a module other than its root and Contracts (and, optionally, the types at its root).</summary>
    private static string[] Internals(System.Reflection.Assembly assembly, string module, bool includeRootTypes = true)
    {
        var types = InNamespace(assembly, $"{Root}.{module}").GetTypes().Select(t => t.ReflectionType).ToList();
        return
        [
            .. types.Select(t => t.Namespace!)
                .Where(ns => ns != $"{Root}.{module}" && !ns.StartsWith($"{Root}.{module}.Contracts", StringComparison.Ordinal))
                .Distinct(),
            .. includeRootTypes ? types.Where(t => t.Namespace == $"{Root}.{module}" && !t.IsNested).Select(t => t.FullName!) : [],
        ];
    }

    private static PredicateList InNamespace(System.Reflection.Assembly assembly, string ns) =>
        Types.InAssembly(assembly).That().ResideInNamespaceMatching($@"^{Escape(ns)}(\.|$)");

    private static List<string> FailingTypes(ConditionList condition) => [.. condition.GetResult().FailingTypes.Select(t => t.FullName)];

    private static string Escape(string ns) => System.Text.RegularExpressions.Regex.Escape(ns);
}
