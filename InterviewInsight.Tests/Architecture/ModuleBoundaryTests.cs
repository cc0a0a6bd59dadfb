using InterviewInsight.Modules;
using NetArchTest.Rules;

namespace InterviewInsight.Tests.Architecture;

public sealed class ModuleBoundaryTests
{
    private static readonly string[] Modules = ["Auth", "Live", "Analysis", "Reports", "Progress", "Coaching"];

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
        var targetTypes = Types.InAssembly(typeof(ModulesAssembly).Assembly)
            .That().ResideInNamespaceStartingWith($"InterviewInsight.Modules.{to}")
            .GetTypes().ToList();
        var forbidden = targetTypes
            .Where(t => t.Namespace != $"InterviewInsight.Modules.{to}" && !t.Namespace!.StartsWith($"InterviewInsight.Modules.{to}.Contracts", StringComparison.Ordinal))
            .Select(t => t.Namespace!)
            .Concat(targetTypes.Where(t => t.Namespace == $"InterviewInsight.Modules.{to}" && !t.IsNested).Select(t => t.FullName!))
            .Distinct()
            .ToArray();

        // Act
        var result = Types.InAssembly(typeof(ModulesAssembly).Assembly)
            .That().ResideInNamespaceStartingWith($"InterviewInsight.Modules.{from}")
            .ShouldNot().HaveDependencyOnAny(forbidden)
            .GetResult();

        // Assert
        (result.FailingTypeNames ?? []).ShouldBeEmpty($"{from} reaches into {to} outside {to}.Contracts");
    }

    [Fact]
    public void Given_shared_building_blocks_When_checked_Then_they_depend_on_no_module()
    {
        var result = Types.InAssembly(typeof(ModulesAssembly).Assembly)
            .That().ResideInNamespaceStartingWith("InterviewInsight.Modules.Shared")
            .ShouldNot().HaveDependencyOnAny([.. Modules.Select(m => $"InterviewInsight.Modules.{m}")])
            .GetResult();
        (result.FailingTypeNames ?? []).ShouldBeEmpty();
    }
}
