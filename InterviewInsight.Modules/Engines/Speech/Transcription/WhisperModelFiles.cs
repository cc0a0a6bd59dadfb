namespace InterviewInsight.Modules.Engines.Speech.Transcription;

/// <summary>
/// The files of a transformers.js / Optimum Whisper export in one folder (the .onnx files may also sit in its
/// onnx/ subfolder, the layout of the Hugging Face repositories). The merged decoder (with KV cache) is preferred.
/// </summary>
internal sealed record WhisperModelFiles(string Folder, string Encoder, string Decoder, bool DecoderHasKvCache)
{
    public const string EncoderFile = "encoder_model_quantized.onnx";
    public const string MergedDecoderFile = "decoder_model_merged_quantized.onnx";
    public const string PlainDecoderFile = "decoder_model_quantized.onnx";
    public const string VocabularyFile = "vocab.json";
    public const string GenerationConfigFile = "generation_config.json";

    public static bool TryLocate(string folder, out WhisperModelFiles? files, out string reason)
    {
        files = null;
        if (!Directory.Exists(folder))
        {
            reason = $"Whisper model folder '{folder}' does not exist (download {EncoderFile}, {MergedDecoderFile} or {PlainDecoderFile}, and {VocabularyFile} into it).";
            return false;
        }

        var encoder = FindOnnx(folder, EncoderFile);
        var mergedDecoder = FindOnnx(folder, MergedDecoderFile);
        var plainDecoder = FindOnnx(folder, PlainDecoderFile);
        var missing = new List<string>();
        if (encoder is null)
        {
            missing.Add(EncoderFile);
        }

        if (mergedDecoder is null && plainDecoder is null)
        {
            missing.Add($"{MergedDecoderFile} or {PlainDecoderFile}");
        }

        if (!File.Exists(Path.Combine(folder, VocabularyFile)))
        {
            missing.Add(VocabularyFile);
        }

        if (missing.Count > 0)
        {
            reason = $"Whisper model folder '{folder}' lacks {string.Join(", ", missing)}.";
            return false;
        }

        files = new WhisperModelFiles(folder, encoder!, mergedDecoder ?? plainDecoder!, mergedDecoder is not null);
        reason = string.Empty;
        return true;
    }

    private static string? FindOnnx(string folder, string name) =>
        new[] { Path.Combine(folder, name), Path.Combine(folder, "onnx", name) }.FirstOrDefault(File.Exists);
}
