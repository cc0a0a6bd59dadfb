using InterviewInsight.Modules.Engines.Speech.Transcription;

namespace InterviewInsight.Tests.Engines.Speech.Transcription;

/// <summary>
/// The Whisper weights are not obtainable on the build machines, so these tests cover what does not need them:
/// finding the files and failing clearly without them. The decoding logic is covered by the decoder tests.
/// </summary>
public sealed class WhisperOnnxSpeechToTextTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("whisper-model-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public void Given_missing_folder_When_checking_availability_Then_reason_names_the_folder_and_files()
    {
        // Arrange
        var missing = Path.Combine(folder, "speech", "whisper-tiny.en");
        var engine = new WhisperOnnxSpeechToText(missing);

        // Act
        var available = engine.IsAvailable(out var reason);

        // Assert
        available.ShouldBeFalse();
        reason.ShouldContain(missing);
        reason.ShouldContain("encoder_model_quantized.onnx");
        engine.Engine.ShouldBe("whisper-tiny.en (onnx)");
        engine.IsLowAccuracy.ShouldBeFalse();
    }

    [Fact]
    public void Given_folder_with_only_the_vocabulary_When_checking_availability_Then_missing_model_files_are_listed()
    {
        // Arrange
        File.WriteAllText(Path.Combine(folder, "vocab.json"), "{}");
        var engine = new WhisperOnnxSpeechToText(folder);

        // Act
        var available = engine.IsAvailable(out var reason);

        // Assert
        available.ShouldBeFalse();
        reason.ShouldContain("encoder_model_quantized.onnx");
        reason.ShouldContain("decoder_model_merged_quantized.onnx or decoder_model_quantized.onnx");
        reason.ShouldNotContain("vocab.json");
    }

    [Fact]
    public async Task Given_unavailable_model_When_transcribing_Then_it_throws_naming_the_missing_files()
    {
        // Arrange
        var engine = new WhisperOnnxSpeechToText(Path.Combine(folder, "nowhere"));

        // Act
        var error = await Should.ThrowAsync<FileNotFoundException>(() => engine.TranscribeAsync(new float[16_000], CancellationToken.None));

        // Assert
        error.Message.ShouldContain("nowhere");
        error.Message.ShouldContain("vocab.json");
    }

    [Fact]
    public void Given_both_decoders_in_the_onnx_subfolder_When_locating_Then_the_merged_kv_cache_decoder_wins()
    {
        // Arrange: the Hugging Face layout (onnx/ subfolder); file presence is all TryLocate looks at.
        var onnx = Directory.CreateDirectory(Path.Combine(folder, "onnx")).FullName;
        foreach (var name in new[] { "encoder_model_quantized.onnx", "decoder_model_quantized.onnx", "decoder_model_merged_quantized.onnx" })
        {
            File.WriteAllBytes(Path.Combine(onnx, name), []);
        }

        File.WriteAllText(Path.Combine(folder, "vocab.json"), "{}");

        // Act
        var found = WhisperModelFiles.TryLocate(folder, out var files, out var reason);

        // Assert
        found.ShouldBeTrue(reason);
        files!.DecoderHasKvCache.ShouldBeTrue();
        files.Decoder.ShouldBe(Path.Combine(onnx, "decoder_model_merged_quantized.onnx"));
        files.Encoder.ShouldBe(Path.Combine(onnx, "encoder_model_quantized.onnx"));
    }

    [Fact]
    public void Given_only_the_plain_decoder_When_locating_Then_it_is_used_without_kv_cache()
    {
        // Arrange
        foreach (var name in new[] { "encoder_model_quantized.onnx", "decoder_model_quantized.onnx", "vocab.json" })
        {
            File.WriteAllBytes(Path.Combine(folder, name), []);
        }

        // Act
        var found = WhisperModelFiles.TryLocate(folder, out var files, out _);

        // Assert
        found.ShouldBeTrue();
        files!.DecoderHasKvCache.ShouldBeFalse();
        files.Decoder.ShouldBe(Path.Combine(folder, "decoder_model_quantized.onnx"));
    }
}
