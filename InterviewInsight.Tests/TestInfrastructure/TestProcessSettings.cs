using System.Runtime.CompilerServices;

namespace InterviewInsight.Tests.TestInfrastructure;

/// <summary>Process-wide settings for every host the tests start in this process.</summary>
internal static class TestProcessSettings
{
    /// <summary>
    /// No configuration file watchers: each in-process host would hold inotify instances (Linux allows 128 per user by
    /// default) for as long as it lives, and the suite starts many hosts, so a long run hit the limit and hosts failed to start.
    /// </summary>
    [ModuleInitializer]
    internal static void Apply() => Environment.SetEnvironmentVariable("DOTNET_hostBuilder__reloadConfigOnChange", "false");
}
