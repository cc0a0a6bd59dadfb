using Microsoft.ML.OnnxRuntime;
using Microsoft.ML.OnnxRuntime.Tensors;

namespace InterviewInsight.Modules.Engines.Speech.Transcription;

/// <summary>
/// Runs the Optimum decoder_model_merged export with its KV cache. First call: use_cache_branch = false with
/// empty past tensors; it returns present.* for the self-attention (decoder) and cross-attention (encoder) keys
/// and values. Later calls feed only the new tokens with use_cache_branch = true; the cross-attention cache is
/// fixed for the window, so it is kept from the first call (as transformers.js does), the self-attention cache
/// is replaced every step.
/// </summary>
internal sealed class WhisperCachedDecoderStep : IWhisperDecoderOnnxStep
{
    private const string PastPrefix = "past_key_values.";
    private const string PresentPrefix = "present.";

    private readonly InferenceSession decoder;
    private readonly OrtValue encoderStates;
    private readonly string[] pastNames;
    private readonly string[] outputNames;
    private readonly List<OrtValue> emptyPast = [];
    private readonly Dictionary<string, OrtValue> past = [];
    private IDisposableReadOnlyCollection<OrtValue>? firstOutputs;
    private IDisposableReadOnlyCollection<OrtValue>? latestOutputs;
    private int tokensSeen;

    public WhisperCachedDecoderStep(InferenceSession decoder, WhisperEncoderOutput encoded)
    {
        this.decoder = decoder;
        encoderStates = OrtValue.CreateTensorValueFromMemory(encoded.HiddenStates, encoded.Shape);
        pastNames = decoder.InputMetadata.Keys.Where(n => n.StartsWith(PastPrefix, StringComparison.Ordinal)).ToArray();
        if (pastNames.Length == 0 || !decoder.InputMetadata.ContainsKey("use_cache_branch"))
        {
            throw new InvalidDataException("The merged Whisper decoder lacks past_key_values.* or use_cache_branch inputs.");
        }

        outputNames = ["logits", .. pastNames.Select(PresentName)];
        foreach (var name in pastNames)
        {
            // [batch, heads, past_sequence = 0, head_dim]: allocated by ORT, since a zero-length managed buffer
            // has no address to pin.
            var dims = decoder.InputMetadata[name].Dimensions;
            if (dims.Length != 4 || dims[1] <= 0 || dims[3] <= 0)
            {
                throw new InvalidDataException($"Decoder input '{name}' has shape [{string.Join(", ", dims)}]; expected [batch, heads, past, head_dim] with fixed heads and head_dim.");
            }

            var empty = OrtValue.CreateAllocatedTensorValue(OrtAllocator.DefaultInstance, TensorElementType.Float, [1, dims[1], 0, dims[3]]);
            emptyPast.Add(empty);
            this.past[name] = empty;
        }
    }

    public float[] NextLogits(IReadOnlyList<int> tokens)
    {
        var newTokens = tokens.Skip(tokensSeen).Select(t => (long)t).ToArray();
        if (newTokens.Length == 0)
        {
            throw new InvalidOperationException("The decoder step needs at least one token it has not seen yet.");
        }

        using var inputIds = OrtValue.CreateTensorValueFromMemory(newTokens, [1, newTokens.Length]);
        using var useCache = OrtValue.CreateTensorValueFromMemory(new[] { tokensSeen > 0 }, [1]);
        var inputs = new Dictionary<string, OrtValue>(this.past)
        {
            ["input_ids"] = inputIds,
            ["encoder_hidden_states"] = encoderStates,
            ["use_cache_branch"] = useCache,
        };

        using var runOptions = new RunOptions();
        var outputs = this.decoder.Run(runOptions, inputs, outputNames);
        var logits = WhisperLogits.LastPosition(outputs[0]);
        KeepCache(outputs);
        tokensSeen = tokens.Count;
        return logits;
    }

    public void Dispose()
    {
        latestOutputs?.Dispose();
        firstOutputs?.Dispose();
        foreach (var empty in emptyPast)
        {
            empty.Dispose();
        }

        encoderStates.Dispose();
    }

    private static string PresentName(string pastName) => PresentPrefix + pastName[PastPrefix.Length..];

    private static bool IsCrossAttention(string pastName) => pastName.Contains(".encoder.", StringComparison.Ordinal);

    private void KeepCache(IDisposableReadOnlyCollection<OrtValue> outputs)
    {
        var isFirst = firstOutputs is null;
        for (var i = 0; i < pastNames.Length; i++)
        {
            var name = pastNames[i];
            if (isFirst || !IsCrossAttention(name))
            {
                this.past[name] = outputs[i + 1];
            }
        }

        if (isFirst)
        {
            // Holds the cross-attention cache for the whole window.
            firstOutputs = outputs;
        }
        else
        {
            // The previous self-attention cache was only needed as input to this run.
            latestOutputs?.Dispose();
            latestOutputs = outputs;
        }
    }
}
