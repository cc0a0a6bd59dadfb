using InterviewInsight.Modules.Engines.Speech.Audio;
using Microsoft.ML.OnnxRuntime;
using Microsoft.ML.OnnxRuntime.Tensors;

namespace InterviewInsight.Modules.Engines.Speech.Vad;

/// <summary>
/// Silero VAD v5/v6 (ONNX) at 16 kHz. Owns one <see cref="InferenceSession"/> (register this class as a singleton so the
/// model loads once per process); the recurrent state and the 64-sample context live in each call, so concurrent calls
/// on different recordings are safe (ONNX Runtime allows concurrent <c>Run</c> on one session).
/// </summary>
internal sealed class SileroVad : IDisposable
{
    public const int WindowSamples = 512;

    /// <summary>The reference implementation prepends the last 64 samples of the previous window; without them the
    /// model still runs but its probabilities differ from silero's.</summary>
    public const int ContextSamples = 64;

    private const int StateSize = 2 * 1 * 128;

    private readonly InferenceSession session;

    public SileroVad(string modelPath)
    {
        if (!File.Exists(modelPath))
        {
            throw new FileNotFoundException($"Silero VAD model '{modelPath}' is missing (install the models, see models/models.json).", modelPath);
        }

        using var options = new SessionOptions { IntraOpNumThreads = 1, InterOpNumThreads = 1 };
        options.AddSessionConfigEntry("session.intra_op.allow_spinning", "0");
        session = new InferenceSession(modelPath, options);
        ModelPath = modelPath;
    }

    public string ModelPath { get; }

    /// <summary>Speech probability of each 32 ms window (512 samples; the last window is zero-padded).</summary>
    public float[] ComputeProbabilities(float[] samples16k, CancellationToken ct = default)
    {
        var windows = (samples16k.Length + WindowSamples - 1) / WindowSamples;
        var probabilities = new float[windows];
        var input = new DenseTensor<float>([1, ContextSamples + WindowSamples]);
        var state = new DenseTensor<float>(new float[StateSize], [2, 1, 128]);
        var rate = new DenseTensor<long>(new[] { (long)WavReader.SampleRate }, ReadOnlySpan<int>.Empty);
        var buffer = input.Buffer.Span;

        for (var w = 0; w < windows; w++)
        {
            ct.ThrowIfCancellationRequested();

            // Slide: the last 64 samples of the previous input become the context of this one.
            buffer.Slice(WindowSamples, ContextSamples).CopyTo(buffer);
            var offset = w * WindowSamples;
            var available = Math.Min(WindowSamples, samples16k.Length - offset);
            samples16k.AsSpan(offset, available).CopyTo(buffer[ContextSamples..]);
            buffer.Slice(ContextSamples + available).Clear();

            var inputs = new List<NamedOnnxValue>
            {
                NamedOnnxValue.CreateFromTensor("input", input),
                NamedOnnxValue.CreateFromTensor("state", state),
                NamedOnnxValue.CreateFromTensor("sr", rate),
            };
            using var results = session.Run(inputs);
            foreach (var result in results)
            {
                if (result.Name == "output")
                {
                    probabilities[w] = result.AsTensor<float>().GetValue(0);
                }
                else if (result.Name == "stateN")
                {
                    state = new DenseTensor<float>(result.AsTensor<float>().ToArray(), [2, 1, 128]);
                }
            }
        }

        return probabilities;
    }

    public IReadOnlyList<SpeechSegment> DetectSpeech(float[] samples16k, VadOptions? options = null, CancellationToken ct = default)
    {
        var probabilities = ComputeProbabilities(samples16k, ct);
        return SpeechSegmenter.Segment(probabilities, WindowSamples, samples16k.Length, WavReader.SampleRate, options ?? VadOptions.Default);
    }

    public void Dispose() => session.Dispose();
}
