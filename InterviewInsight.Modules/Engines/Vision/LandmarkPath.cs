namespace InterviewInsight.Modules.Engines.Vision;

/// <summary>
/// Which landmark models measure the face. Face Landmarker v2 + blendshapes is the upgrade (public URL only); FaceMesh v1 +
/// iris with mesh-geometry face measures is what the registries alone provide. Auto takes v2 when both of its files are
/// installed, else FaceMesh v1.
/// </summary>
internal enum LandmarkPath
{
    Auto,
    LandmarkerV2,
    FaceMeshV1,
}

internal static class LandmarkPaths
{
    /// <summary>The configuration spellings (Analysis:VisionLandmarks), in <see cref="LandmarkPath"/> order.</summary>
    public static readonly string[] ConfigNames = ["auto", "landmarker-v2", "facemesh-v1"];

    public static LandmarkPath Parse(string? name) =>
        Array.FindIndex(ConfigNames, n => string.Equals(n, name?.Trim(), StringComparison.OrdinalIgnoreCase)) is var i and >= 0
            ? (LandmarkPath)i
            : throw new ArgumentException($"Unknown vision landmark path '{name}'; use one of {string.Join(", ", ConfigNames)}.", nameof(name));

    /// <summary>The name the result's engines list carries for a resolved path.</summary>
    public static string EngineName(LandmarkPath path) => path switch
    {
        LandmarkPath.LandmarkerV2 => "facelandmarker-v2+blendshapes",
        LandmarkPath.FaceMeshV1 => "facemesh-v1+iris+mesh-geometry",
        _ => throw new ArgumentOutOfRangeException(nameof(path), path, "Resolve Auto to an installed path first."),
    };
}
