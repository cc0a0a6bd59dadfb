namespace InterviewInsight.Tests.TestInfrastructure;

/// <summary>
/// Waits for background work (the outbox, a job) to make a condition true. The limit is generous on purpose: a slow
/// or busy machine only waits longer, and only a real failure waits it out.
/// </summary>
internal static class Eventually
{
    public static readonly TimeSpan Limit = TimeSpan.FromMinutes(5);

    /// <summary>True as soon as <paramref name="condition"/> holds; false when it still does not after <see cref="Limit"/>.</summary>
    public static async Task<bool> TrueAsync(Func<Task<bool>> condition)
    {
        var deadline = DateTime.UtcNow + Limit;
        while (!await condition())
        {
            if (DateTime.UtcNow >= deadline)
            {
                return false;
            }

            await Task.Delay(TimeSpan.FromMilliseconds(100));
        }

        return true;
    }
}
