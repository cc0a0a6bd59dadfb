namespace InterviewInsight.Modules.Tooling.Benchmarks;

/// <summary>How to start this app binary again as a child process: the executable and the arguments before the verb.</summary>
internal sealed record ChildHost(string FileName, IReadOnlyList<string> PrefixArguments)
{
    /// <summary>The running app: <c>dotnet App.dll</c> when started through the dotnet host, the apphost otherwise.</summary>
    public static ChildHost ForRunningApp(string entryAssemblyPath)
    {
        var process = Environment.ProcessPath ?? "dotnet";
        return IsDotnetHost(process) ? new ChildHost(process, [entryAssemblyPath]) : new ChildHost(process, []);
    }

    /// <summary>An app dll started through the dotnet host (tests start the Web dll beside them this way).</summary>
    public static ChildHost ForDll(string dllPath)
    {
        var process = Environment.ProcessPath;
        return new ChildHost(process is not null && IsDotnetHost(process) ? process : "dotnet", [dllPath]);
    }

    private static bool IsDotnetHost(string path) =>
        Path.GetFileNameWithoutExtension(path).Equals("dotnet", StringComparison.OrdinalIgnoreCase);
}
