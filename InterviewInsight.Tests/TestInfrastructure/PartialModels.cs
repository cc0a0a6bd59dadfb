using InterviewInsight.Modules.Engines.Vision;

namespace InterviewInsight.Tests.TestInfrastructure;

/// <summary>A models folder like the shared one with some files left out (the rest are links), for engines that are not installed.</summary>
public static class PartialModels
{
    /// <summary>The model files (relative to the models folder) of the given vision landmark paths, for <see cref="Without"/>.</summary>
    internal static string[] VisionLandmarks(params LandmarkPath[] paths) =>
        [.. paths.SelectMany(VisionModelFiles.LandmarkFiles).Select(f => "vision/" + f)];

    /// <summary>Every vision landmark file: neither landmark path can run without them.</summary>
    internal static string[] AllVisionLandmarks => VisionLandmarks(LandmarkPath.LandmarkerV2, LandmarkPath.FaceMeshV1);

    /// <summary>A fresh temp folder holding every shared model file except <paramref name="missing"/> (paths relative to the models folder).</summary>
    public static string Without(params string[] missing)
    {
        var source = TestAssets.ModelsDir;
        var target = Directory.CreateTempSubdirectory("ii-models-").FullName;
        var leftOut = missing.Select(m => Path.GetFullPath(Path.Combine(source, m))).ToHashSet(StringComparer.Ordinal);
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories).Where(f => !leftOut.Contains(Path.GetFullPath(f))))
        {
            var link = Path.Combine(target, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(link)!);
            File.CreateSymbolicLink(link, file);
        }

        return target;
    }
}
