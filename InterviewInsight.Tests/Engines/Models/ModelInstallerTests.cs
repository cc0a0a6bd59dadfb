using System.Security.Cryptography;
using System.Text;
using InterviewInsight.Modules.Engines.Models;
using InterviewInsight.Modules.Engines.Models.Sources;

namespace InterviewInsight.Tests.Engines.Models;

/// <summary>`models install` without network: a fake source kind, the summary line, the exit code and the recorded origins.</summary>
public sealed class ModelInstallerTests : IDisposable
{
    private readonly DirectoryInfo root = Directory.CreateTempSubdirectory("ii-installer-");

    private string ModelsPath => Path.Combine(root.FullName, "models");

    public void Dispose() => root.Delete(recursive: true);

    [Fact]
    public async Task Given_a_required_file_with_a_wrong_hash_and_a_missing_optional_one_When_installing_Then_the_summary_counts_them_and_the_exit_code_is_1()
    {
        // Arrange
        var manifest = new ModelManifest(1,
        [
            Entry("good", required: true, "fake:good", Hash("good")),
            Entry("bad", required: true, "fake:bad", Hash("something else")),
            Entry("extra", required: false, "derived:by hand", Hash("extra")),
        ]);
        var log = new StringWriter();

        // Act
        var summary = await new ModelInstaller(manifest, ModelsPath, log, [new FakeSource()]).InstallAsync(null, includeOptional: true, CancellationToken.None);

        // Assert
        summary.Line.ShouldBe("1 installed or present; 1 required missing; 1 optional missing.");
        summary.ExitCode.ShouldBe(1);
        summary.MissingRequired.ShouldBe(["bad"]);
        log.ToString().ShouldContain("hash mismatch");
        File.Exists(Path.Combine(ModelsPath, "bad.bin")).ShouldBeFalse();
        InstallRecord.Load(ModelsPath).OriginOf("good", Hash("good")).ShouldBe("fake");
    }

    [Fact]
    public async Task Given_a_stale_copy_in_the_from_folder_When_installing_Then_the_source_is_tried_next_and_installs_it()
    {
        // Arrange: the cache holds an older file under the entry's name
        var cache = Directory.CreateDirectory(Path.Combine(root.FullName, "cache"));
        await File.WriteAllTextAsync(Path.Combine(cache.FullName, "good.bin"), "an older version");
        var manifest = new ModelManifest(1, [Entry("good", required: true, "fake:good", Hash("good"))]);
        var log = new StringWriter();

        // Act
        var summary = await new ModelInstaller(manifest, ModelsPath, log, [new FakeSource()]).InstallAsync(cache.FullName, includeOptional: false, CancellationToken.None);

        // Assert
        summary.ExitCode.ShouldBe(0, log.ToString());
        (await File.ReadAllTextAsync(Path.Combine(ModelsPath, "good.bin"))).ShouldBe("good");
        InstallRecord.Load(ModelsPath).OriginOf("good", Hash("good")).ShouldBe("fake");
    }

    [Fact]
    public async Task Given_a_from_folder_with_one_file_When_installing_Then_it_is_copied_the_rest_is_fetched_and_each_origin_is_recorded()
    {
        // Arrange
        var cache = Directory.CreateDirectory(Path.Combine(root.FullName, "cache"));
        await File.WriteAllTextAsync(Path.Combine(cache.FullName, "cached.bin"), "cached");
        var manifest = new ModelManifest(1, [Entry("cached", required: true, "fake:cached", Hash("cached")), Entry("good", required: true, "fake:good", Hash("good"))]);

        // Act
        var summary = await new ModelInstaller(manifest, ModelsPath, TextWriter.Null, [new FakeSource()]).InstallAsync(cache.FullName, includeOptional: false, CancellationToken.None);
        var again = await new ModelInstaller(manifest, ModelsPath, TextWriter.Null, [new FakeSource()]).InstallAsync(null, includeOptional: false, CancellationToken.None);

        // Assert
        summary.Line.ShouldBe("2 installed or present; 0 required missing; 0 optional missing.");
        summary.ExitCode.ShouldBe(0);
        again.ExitCode.ShouldBe(0);
        var record = InstallRecord.Load(ModelsPath);
        record.OriginOf("cached", Hash("cached")).ShouldBe(ModelOrigins.FromFolder);
        record.OriginOf("good", Hash("good")).ShouldBe("fake");
        record.OriginOf("good", Hash("another version")).ShouldBe(ModelOrigins.Present);
    }

    [Fact]
    public void Given_files_of_an_engine_no_code_loads_yet_When_summarising_Then_it_is_never_reported_available()
    {
        // Arrange
        ModelFileStatus[] files = [FileStatus("face-detection-short-range-tflite", "face-detection-tflite", required: false, present: true)];

        // Act
        var status = ModelCatalog.Summarise("face-detection-tflite", files);

        // Assert
        status.Available.ShouldBeFalse();
        status.Detail.ShouldContain("not loaded by any engine yet");
    }

    [Fact]
    public void Given_an_engine_with_a_required_file_missing_and_an_optional_one_present_When_summarising_Then_it_is_unavailable()
    {
        // Arrange
        ModelFileStatus[] files =
        [
            FileStatus("facemesh-v1-tflite", "face-landmarks-v1", required: true, present: false),
            FileStatus("facemesh-v1", "face-landmarks-v1", required: false, present: true),
        ];

        // Act
        var status = ModelCatalog.Summarise("face-landmarks-v1", files);

        // Assert
        status.Available.ShouldBeFalse();
        status.Detail.ShouldBe("missing facemesh-v1-tflite");
    }

    [Fact]
    public void Given_Landmarker_v2_without_its_blendshapes_When_summarising_Then_the_optional_pair_is_unavailable()
    {
        // Arrange: both files are optional (the upgrade), but the engine runs only with both.
        ModelFileStatus[] files =
        [
            FileStatus("face-landmarker-v2", "face-landmarks", required: false, present: true),
            FileStatus("face-blendshapes", "face-landmarks", required: false, present: false),
        ];

        // Act
        var status = ModelCatalog.Summarise("face-landmarks", files);

        // Assert
        status.Available.ShouldBeFalse();
        status.Detail.ShouldBe("missing face-blendshapes");
    }

    private static ModelEntry Entry(string name, bool required, string source, string sha256) =>
        new(name, "test", name + ".bin", null, sha256, "MIT", required, [source]);

    private static ModelFileStatus FileStatus(string name, string engine, bool required, bool present) =>
        new(name, engine, "/x/" + name, required, present, present ? true : null, "MIT", present ? "npm" : ModelOrigins.Missing);

    private static string Hash(string content) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(content)));

    /// <summary>"fake:TEXT" writes TEXT.</summary>
    private sealed class FakeSource : IModelSource
    {
        public string Origin => "fake";

        public bool Handles(string source) => source.StartsWith("fake:", StringComparison.Ordinal);

        public Task FetchAsync(string source, string destination, CancellationToken ct) => File.WriteAllTextAsync(destination, source[5..], ct);
    }
}
