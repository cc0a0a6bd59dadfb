using System.Buffers.Binary;
using System.Text.Json;
using InterviewInsight.Modules.Engines.Models.Tfjs;

namespace InterviewInsight.Tests.Engines.Models.Tfjs;

/// <summary>Reading a tfjs weights manifest: float32, int32 and uint8-quantised weights in manifest order.</summary>
public sealed class TfjsWeightsTests
{
    // A real quantisation of face-api's dense0/conv1/pointwise_filter: for q = 1, float32 arithmetic gives
    // -1.397774 and float64 gives -1.3977741, so the order of the casts shows in the bytes.
    private const string Manifest = """
        [{"paths":["a.bin"],"weights":[
          {"name":"q","shape":[2],"dtype":"float32","quantization":{"dtype":"uint8","scale":0.010509579321917366,"min":-1.408283629136927}},
          {"name":"f","shape":[1],"dtype":"float32"},
          {"name":"i","shape":[2],"dtype":"int32"}]}]
        """;

    [Fact]
    public void Given_a_manifest_and_its_shard_When_reading_Then_quantised_weights_are_dequantised_in_float32()
    {
        // Arrange
        var data = new byte[2 + 4 + 8];
        data[0] = 1;
        data[1] = 255;
        BinaryPrimitives.WriteSingleLittleEndian(data.AsSpan(2), 1.5f);
        BinaryPrimitives.WriteInt32LittleEndian(data.AsSpan(6), 7);
        BinaryPrimitives.WriteInt32LittleEndian(data.AsSpan(10), -3);
        var manifest = JsonDocument.Parse(Manifest).RootElement;

        // Act
        var weights = TfjsWeights.Read(manifest, data);

        // Assert
        TfjsWeights.ShardPaths(manifest).ShouldBe(["a.bin"]);
        weights.All.Select(w => w.Name).ShouldBe(["q", "f", "i"]);
        weights["q"].Floats[0].ShouldBe(-1.397774f);
        weights["q"].Floats[0].ShouldNotBe((float)((1 * 0.010509579321917366) - 1.408283629136927));
        weights["q"].Floats[1].ShouldBe((255f * 0.010509579f) + -1.4082836f);
        weights["f"].Floats.ShouldBe([1.5f]);
        weights["i"].Ints.ShouldBe([7, -3]);
    }

    [Fact]
    public void Given_a_shard_shorter_than_the_manifest_says_When_reading_Then_it_is_rejected() =>
        Should.Throw<InvalidDataException>(() => TfjsWeights.Read(JsonDocument.Parse(Manifest).RootElement, new byte[6]));

    [Fact]
    public void Given_a_shard_longer_than_the_manifest_says_When_reading_Then_it_is_rejected() =>
        Should.Throw<InvalidDataException>(() => TfjsWeights.Read(JsonDocument.Parse(Manifest).RootElement, new byte[15]));
}
