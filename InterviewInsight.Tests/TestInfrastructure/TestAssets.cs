namespace InterviewInsight.Tests.TestInfrastructure;

/// <summary>
/// Finds the shared test data and models (never copied into the repository).
/// TESTDATA_DIR and MODELS_FROM override the defaults ../shared/testdata and ../shared/models.
/// A test that needs them fails loudly when they are missing; it never skips.
/// </summary>
public static class TestAssets
{
    public static string RepoRoot { get; } = FindRepoRoot();

    public static string TestDataDir => Resolve("TESTDATA_DIR", Path.Combine("..", "shared", "testdata"));

    public static string ModelsDir => Resolve("MODELS_FROM", Path.Combine("..", "shared", "models"));

    /// <summary>Full path of a file under the test data folder, e.g. "audio/B_jfk.wav".</summary>
    public static string TestData(string relative) => Existing(Path.Combine(TestDataDir, relative));

    /// <summary>Full path of a file under the models folder, e.g. "speech/silero_vad_v6.onnx".</summary>
    public static string Model(string relative) => Existing(Path.Combine(ModelsDir, relative));

    private static string Existing(string path) =>
        File.Exists(path) || Directory.Exists(path)
            ? path
            : throw new FileNotFoundException(
                $"Test asset '{path}' is missing. Set TESTDATA_DIR / MODELS_FROM or check out ../shared next to the repository.", path);

    private static string Resolve(string variable, string fallbackRelativeToRepo)
    {
        var fromEnv = Environment.GetEnvironmentVariable(variable);
        var path = string.IsNullOrWhiteSpace(fromEnv) ? Path.Combine(RepoRoot, fallbackRelativeToRepo) : fromEnv;
        return Path.GetFullPath(path);
    }

    private static string FindRepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "InterviewInsight.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("Cannot find InterviewInsight.sln above the test binaries.");
    }
}
