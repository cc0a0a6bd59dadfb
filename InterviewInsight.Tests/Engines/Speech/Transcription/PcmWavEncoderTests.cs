using System.Buffers.Binary;
using InterviewInsight.Modules.Engines.Speech.Transcription;

namespace InterviewInsight.Tests.Engines.Speech.Transcription;

public sealed class PcmWavEncoderTests
{
    [Fact]
    public void Given_samples_beyond_full_scale_When_encoding_Then_they_clamp_instead_of_wrapping()
    {
        // Arrange
        float[] samples = [0f, 0.5f, 1.5f, -1.5f, -0.25f];

        // Act
        var wav = PcmWavEncoder.Encode(samples, 16_000);

        // Assert
        wav.Length.ShouldBe(44 + 10);
        BinaryPrimitives.ReadInt32LittleEndian(wav.AsSpan(24)).ShouldBe(16_000);
        BinaryPrimitives.ReadInt32LittleEndian(wav.AsSpan(40)).ShouldBe(10);
        var pcm = Enumerable.Range(0, 5).Select(i => BinaryPrimitives.ReadInt16LittleEndian(wav.AsSpan(44 + (2 * i)))).ToArray();
        pcm.ShouldBe([(short)0, (short)16384, short.MaxValue, (short)-32767, (short)-8192]);
        var decoded = Pcm16Wav.ReadMono16k(new MemoryStream(wav), "encoded");
        decoded.Length.ShouldBe(5);
    }
}
