using Microsoft.Extensions.Hosting;

namespace InterviewInsight.Modules.Tooling;

/// <summary>
/// Builds and starts the real app host (as Program.cs does) with <paramref name="hostArgs"/> as its command line, which
/// wins over appsettings and the environment. The host project supplies it, so the tooling needs no reference to it.
/// </summary>
public delegate Task<IHost> AppHostStarter(string[] hostArgs, CancellationToken ct);
