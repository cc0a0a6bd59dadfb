namespace InterviewInsight.Modules.Engines.Speech.Transcription;

/// <summary>
/// In-process Whisper tiny.en through ONNX Runtime. Register as a singleton: the sessions load on first use and
/// stay for the life of the process.
/// </summary>
internal sealed class WhisperOnnxSpeechToText : ISpeechToText, IDisposable
{
    public const string EngineName = "whisper-tiny.en (onnx)";

    private readonly string modelFolder;
    private readonly Lock loadGate = new();
    private WhisperOnnxModel? model;

    /// <param name="modelFolder">Usually &lt;Models:Path&gt;/speech/whisper-tiny.en.</param>
    public WhisperOnnxSpeechToText(string modelFolder)
    {
        this.modelFolder = modelFolder;
    }

    public string Engine => EngineName;

    public bool IsLowAccuracy => false;

    public bool IsAvailable(out string reason) => WhisperModelFiles.TryLocate(this.modelFolder, out _, out reason);

    public Task<Transcript> TranscribeAsync(float[] samples16k, CancellationToken ct) =>
        Task.Run(() => Transcribe(samples16k, ct), ct);

    public void Dispose()
    {
        lock (loadGate)
        {
            this.model?.Dispose();
            model = null;
        }
    }

    private Transcript Transcribe(float[] samples, CancellationToken ct)
    {
        var model = GetModel();
        var decoder = new WhisperGreedyDecoder(model.Tokenizer.Special, model.SuppressedTokens);
        var words = new List<TranscriptWord>();
        foreach (var (start, length) in WhisperWindowPlanner.Plan(samples))
        {
            ct.ThrowIfCancellationRequested();
            var window = samples.AsSpan(start, length);
            var encoded = model.Encode(WhisperLogMel.Compute(window));
            using var step = model.CreateDecoderStep(encoded);
            var decoding = decoder.Decode(step, ct);
            if (decoding.IsLikelyNoSpeech)
            {
                continue;
            }

            words.AddRange(WhisperSegmentAssembler.ToWords(
                decoding.Tokens,
                model.Tokenizer,
                (double)start / WhisperLogMel.SampleRate,
                (double)length / WhisperLogMel.SampleRate));
        }

        return new Transcript(string.Join(' ', words.Select(w => w.Text)), words, EngineName, IsLowAccuracy);
    }

    // Not Lazy<T>: that would cache a "files missing" failure forever, even after the files are installed.
    private WhisperOnnxModel GetModel()
    {
        lock (loadGate)
        {
            return this.model ??= LoadModel();
        }
    }

    private WhisperOnnxModel LoadModel()
    {
        if (!WhisperModelFiles.TryLocate(this.modelFolder, out var files, out var reason))
        {
            throw new FileNotFoundException(reason);
        }

        return WhisperOnnxModel.Load(files!);
    }
}
