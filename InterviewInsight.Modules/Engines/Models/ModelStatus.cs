namespace InterviewInsight.Modules.Engines.Models;

/// <summary>What the analysis engines can use on this instance, engine by engine.</summary>
public sealed record ModelStatusReport(string ModelsPath, IReadOnlyList<EngineStatus> Engines, IReadOnlyList<ModelFileStatus> Files)
{
    public bool AllRequiredPresent => Files.Where(f => f.Required).All(f => f.Present && f.HashOk != false);
}

public sealed record EngineStatus(string Engine, bool Available, string Detail);

/// <summary>
/// One model file. Origin: where it came from (npm, nuget, derived from npm, --from, url, debian, present when in
/// place but not installed by `models install`, or missing).
/// </summary>
public sealed record ModelFileStatus(string Name, string Engine, string Path, bool Required, bool Present, bool? HashOk, string Licence, string Origin);
