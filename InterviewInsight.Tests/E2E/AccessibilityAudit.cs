using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace InterviewInsight.Tests.E2E;

/// <summary>Runs axe-core's WCAG 2 A/AA rules (2.0 and 2.1) on the page as it is now and fails with every violation listed.</summary>
public static class AccessibilityAudit
{
    private static readonly AxeRunOptions Wcag2AA = new()
    {
        RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
    };

    /// <summary>
    /// Audits the page as it stands. Call it on an interactive page only once its circuit is up (<c>WaitForCircuitAsync</c>):
    /// the head is re-rendered when the circuit starts, and for that moment the page has no title.
    /// </summary>
    public static async Task AssertNoViolationsAsync(IPage page, string what)
    {
        await page.WaitUntilAsync("document.title.trim().length > 0");
        var results = await page.RunAxe(Wcag2AA);
        var violations = results.Violations
            .SelectMany(v => v.Nodes.Select(n => $"{v.Id} ({v.Impact}): {v.Help} at {n.Target} — {n.Html}"))
            .ToList();
        violations.ShouldBeEmpty($"WCAG 2 A/AA violations on {what} ({page.Url}):\n{string.Join("\n", violations)}");
    }
}
