using Microsoft.Playwright;

namespace InterviewInsight.Tests.E2E;

/// <summary>Waits on the page's state under the app's content security policy.</summary>
public static class PageWaits
{
    /// <summary>
    /// Waits until the JavaScript <paramref name="expression"/> is truthy. Playwright's <c>WaitForFunctionAsync</c> runs its
    /// predicate through eval inside the page, which the app's policy (no 'unsafe-eval') rightly refuses; <c>EvaluateAsync</c>
    /// goes through the DevTools protocol, which the policy does not govern. A navigation in between is waited out. The
    /// 100 ms is only how often it asks; the deadline is a hang guard far beyond any machine's speed, not a speed test.
    /// </summary>
    public static async Task WaitUntilAsync(this IPage page, string expression, int timeoutMilliseconds = 600_000)
    {
        var deadline = DateTime.UtcNow.AddMilliseconds(timeoutMilliseconds);
        while (true)
        {
            try
            {
                if (await page.EvaluateAsync<bool>($"!!({expression})"))
                {
                    return;
                }
            }
            catch (PlaywrightException) when (DateTime.UtcNow < deadline)
            {
                // The page navigated while the expression ran (its context was destroyed): ask the new page.
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"Still false after {timeoutMilliseconds / 1000} s: {expression}");
            }

            await Task.Delay(100);
        }
    }
}
