using System.Text.Json;
using Microsoft.ML.OnnxRuntime;

namespace InterviewInsight.Modules.Engines.Speech.Transcription;

/// <summary>
/// Owns the encoder and decoder sessions of one Whisper export; load once per process and share
/// (InferenceSession.Run is thread-safe; all per-window state lives in the decoder steps).
/// </summary>
internal sealed class WhisperOnnxModel : IDisposable
{
    private readonly InferenceSession encoder;
    private readonly InferenceSession decoder;
    private readonly string encoderInput;
    private readonly string encoderOutput;
    private readonly bool decoderHasKvCache;

    private WhisperOnnxModel(WhisperModelFiles files, InferenceSession encoder, InferenceSession decoder)
    {
        this.encoder = encoder;
        this.decoder = decoder;
        decoderHasKvCache = files.DecoderHasKvCache;
        encoderInput = encoder.InputMetadata.Keys.Single();
        encoderOutput = encoder.OutputMetadata.ContainsKey("last_hidden_state")
            ? "last_hidden_state"
            : encoder.OutputMetadata.Keys.First();
        Tokenizer = WhisperTokenizer.Load(files.Folder);
        SuppressedTokens = ReadSuppressedTokens(files.Folder);
        foreach (var required in new[] { "input_ids", "encoder_hidden_states" })
        {
            if (!decoder.InputMetadata.ContainsKey(required))
            {
                throw new InvalidDataException($"Whisper decoder '{files.Decoder}' has no '{required}' input; expected an Optimum/transformers.js export.");
            }
        }
    }

    public WhisperTokenizer Tokenizer { get; }

    /// <summary>generation_config.json's suppress_tokens (non-speech symbols such as music notes and brackets).</summary>
    public IReadOnlyList<int> SuppressedTokens { get; }

    public static WhisperOnnxModel Load(WhisperModelFiles files)
    {
        using var options = new SessionOptions { IntraOpNumThreads = 1 };
        options.AddSessionConfigEntry("session.intra_op.allow_spinning", "0");
        var encoder = new InferenceSession(files.Encoder, options);
        try
        {
            var decoder = new InferenceSession(files.Decoder, options);
            return new WhisperOnnxModel(files, encoder, decoder);
        }
        catch
        {
            encoder.Dispose();
            throw;
        }
    }

    public WhisperEncoderOutput Encode(float[] logMelFeatures)
    {
        using var input = OrtValue.CreateTensorValueFromMemory(logMelFeatures, [1, WhisperLogMel.MelBins, WhisperLogMel.Frames]);
        using var runOptions = new RunOptions();
        using var outputs = this.encoder.Run(runOptions, new Dictionary<string, OrtValue> { [encoderInput] = input }, [encoderOutput]);
        var hidden = outputs[0];
        return new WhisperEncoderOutput(hidden.GetTensorDataAsSpan<float>().ToArray(), hidden.GetTensorTypeAndShape().Shape);
    }

    /// <summary>A decoder step for one window; dispose it when the window is decoded.</summary>
    public IWhisperDecoderOnnxStep CreateDecoderStep(WhisperEncoderOutput encoded) =>
        decoderHasKvCache
            ? new WhisperCachedDecoderStep(this.decoder, encoded)
            : new WhisperUncachedDecoderStep(this.decoder, encoded);

    public void Dispose()
    {
        this.encoder.Dispose();
        this.decoder.Dispose();
    }

    private static int[] ReadSuppressedTokens(string folder)
    {
        var path = Path.Combine(folder, WhisperModelFiles.GenerationConfigFile);
        if (!File.Exists(path))
        {
            return [];
        }

        using var document = JsonDocument.Parse(File.ReadAllText(path));
        return document.RootElement.TryGetProperty("suppress_tokens", out var tokens) && tokens.ValueKind == JsonValueKind.Array
            ? tokens.EnumerateArray().Select(t => t.GetInt32()).ToArray()
            : [];
    }
}
