using System.Runtime.InteropServices;
using InterviewInsight.Modules.Engines.Speech.Audio;

namespace InterviewInsight.Modules.Engines.Speech.Transcription;

/// <summary>
/// CMU PocketSphinx en-us through P/Invoke: always available offline (Debian packages), low accuracy. The decoder is
/// created once and is not thread-safe, so calls are serialised. Register as a singleton.
/// <para>
/// Decoding strategy (measured on the 9 shared clips with references, see <c>PocketSphinxSpeechToTextTests</c>): the
/// recording is decoded as whole utterances of at most 30 s, cut at the quietest 10 ms inside the last 10 s of each chunk.
/// Decoding each VAD speech region separately was worse: word-weighted WER 25.2 % whole vs 33.0 % per region (JFK
/// 18.2 % vs 40.9 %). Short utterances give the n-gram language model less context, and trimming to the VAD region
/// removes the leading silence the decoder's cepstral mean normalisation and silence model settle on (even single-region
/// clips got worse). The 30 s cap keeps the search (memory, time) bounded on long interviews.
/// </para>
/// </summary>
internal sealed class PocketSphinxSpeechToText : ISpeechToText, IDisposable
{
    public const string DefaultModelDirectory = "/usr/share/pocketsphinx/model/en-us";
    public const double MaxChunkSeconds = 30;

    private const int FramesPerSecond = 100;
    private static readonly double LogBase = Math.Log(1.0001);

    private readonly string modelDirectory;
    private readonly SemaphoreSlim gate = new(1, 1);
    private IntPtr config;
    private IntPtr decoder;
    private bool disposed;

    public PocketSphinxSpeechToText(string modelDirectory = DefaultModelDirectory)
    {
        this.modelDirectory = modelDirectory;
    }

    public string Engine => "pocketsphinx-en-us-5prealpha";

    public bool IsLowAccuracy => true;

    public bool IsAvailable(out string reason)
    {
        foreach (var library in new[] { PocketSphinxNative.SphinxBaseLibrary, PocketSphinxNative.PocketSphinxLibrary })
        {
            if (!NativeLibrary.TryLoad(library, out var handle))
            {
                reason = $"Native library '{library}' is not installed (apt-get install libpocketsphinx3).";
                return false;
            }

            NativeLibrary.Free(handle);
        }

        var missing = RequiredModelPaths().FirstOrDefault(p => !File.Exists(p) && !Directory.Exists(p));
        if (missing is not null)
        {
            reason = $"PocketSphinx model file '{missing}' is missing (apt-get install pocketsphinx-en-us).";
            return false;
        }

        reason = string.Empty;
        return true;
    }

    public Task<Transcript> TranscribeAsync(float[] samples16k, CancellationToken ct) =>
        DecodeRegionsAsync(samples16k, ChunkBoundaries(samples16k), ct);

    /// <summary>Decodes each [start, end) sample region as one utterance; word times stay on the input's clock.</summary>
    internal async Task<Transcript> DecodeRegionsAsync(float[] samples16k, IReadOnlyList<(int Start, int End)> regions, CancellationToken ct)
    {
        ObjectDisposedException.ThrowIf(disposed, this);
        await gate.WaitAsync(ct).ConfigureAwait(false);
        try
        {
            ObjectDisposedException.ThrowIf(disposed, this); // disposed while this call waited: the decoder is gone
            return await Task.Run(() => DecodeRegions(samples16k, regions, ct), ct).ConfigureAwait(false);
        }
        finally
        {
            gate.Release();
        }
    }

    /// <summary>Chunks of at most 30 s, cut at the quietest 10 ms frame in the last 10 s of each chunk.</summary>
    internal static IReadOnlyList<(int Start, int End)> ChunkBoundaries(float[] samples)
    {
        var max = (int)(MaxChunkSeconds * WavReader.SampleRate);
        var searchSpan = 10 * WavReader.SampleRate;
        const int Frame = WavReader.SampleRate / FramesPerSecond;
        var chunks = new List<(int Start, int End)>();
        var start = 0;
        while (samples.Length - start > max)
        {
            var bestCut = start + max;
            var bestEnergy = double.MaxValue;
            for (var cut = start + max - searchSpan; cut + Frame <= start + max; cut += Frame)
            {
                var energy = AudioLevels.Rms(samples.AsSpan(cut, Frame));
                if (energy < bestEnergy)
                {
                    bestEnergy = energy;
                    bestCut = cut + (Frame / 2);
                }
            }

            chunks.Add((start, bestCut));
            start = bestCut;
        }

        if (samples.Length > start)
        {
            chunks.Add((start, samples.Length));
        }

        return chunks;
    }

    private Transcript DecodeRegions(float[] samples, IReadOnlyList<(int Start, int End)> regions, CancellationToken ct)
    {
        EnsureFreshDecoder();
        var words = new List<TranscriptWord>();
        var ngramOrders = new List<int>();
        foreach (var (start, end) in regions)
        {
            ct.ThrowIfCancellationRequested();
            DecodeUtterance(ToPcm16(samples, start, end), start / (double)WavReader.SampleRate, words, ngramOrders);
        }

        return new Transcript(string.Join(' ', words.Select(w => w.Text)), words, Engine, IsLowAccuracy) { NgramOrders = ngramOrders };
    }

    private void DecodeUtterance(short[] pcm, double offsetSeconds, List<TranscriptWord> words, List<int> ngramOrders)
    {
        if (pcm.Length == 0)
        {
            return;
        }

        Check(PocketSphinxNative.ps_start_utt(decoder), "ps_start_utt");
        Check(PocketSphinxNative.ps_process_raw(decoder, pcm, (nuint)pcm.Length, 0, 1), "ps_process_raw");
        Check(PocketSphinxNative.ps_end_utt(decoder), "ps_end_utt");
        if (PocketSphinxNative.ps_get_hyp(decoder, out _) == IntPtr.Zero)
        {
            return;
        }

        // ps_seg_next frees the iterator when it returns null, so the loop must run to the end.
        for (var seg = PocketSphinxNative.ps_seg_iter(decoder); seg != IntPtr.Zero; seg = PocketSphinxNative.ps_seg_next(seg))
        {
            var word = CleanWord(Marshal.PtrToStringUTF8(PocketSphinxNative.ps_seg_word(seg)));
            if (word is null)
            {
                continue;
            }

            PocketSphinxNative.ps_seg_frames(seg, out var startFrame, out var endFrame);
            var logPosterior = PocketSphinxNative.ps_seg_prob(seg, out _, out _, out var ngramOrder);
            var confidence = Math.Clamp(Math.Exp(logPosterior * LogBase), 0, 1);
            words.Add(new TranscriptWord(
                word,
                offsetSeconds + (startFrame / (double)FramesPerSecond),
                offsetSeconds + ((endFrame + 1) / (double)FramesPerSecond),
                confidence));
            ngramOrders.Add(ngramOrder);
        }
    }

    /// <summary>Drops silence/noise tokens (&lt;s&gt;, &lt;sil&gt;, [NOISE], ++...++) and strips alternate-pronunciation marks.</summary>
    internal static string? CleanWord(string? raw)
    {
        if (string.IsNullOrWhiteSpace(raw) || raw[0] is '<' or '[' or '+')
        {
            return null;
        }

        var alternate = raw.IndexOf('(', StringComparison.Ordinal);
        return alternate > 0 ? raw[..alternate] : raw;
    }

    private static short[] ToPcm16(float[] samples, int start, int end)
    {
        var pcm = new short[Math.Max(0, end - start)];
        for (var i = 0; i < pcm.Length; i++)
        {
            pcm[i] = (short)Math.Clamp(Math.Round(samples[start + i] * 32768f), short.MinValue, short.MaxValue);
        }

        return pcm;
    }

    /// <summary>
    /// Creates the decoder on first use; later calls reset it, because the front end's noise estimate carries over from
    /// one utterance to the next and would make a transcript depend on what was decoded before it.
    /// </summary>
    private void EnsureFreshDecoder()
    {
        if (decoder != IntPtr.Zero)
        {
            Check(PocketSphinxNative.ps_reinit(decoder, IntPtr.Zero), "ps_reinit");
            return;
        }

        if (!IsAvailable(out var reason))
        {
            throw new InvalidOperationException($"PocketSphinx cannot run: {reason}");
        }

        string[] argv =
        [
            "pocketsphinx", "-hmm", Path.Combine(modelDirectory, "en-us"), "-lm", Path.Combine(modelDirectory, "en-us.lm.bin"),
            "-dict", Path.Combine(modelDirectory, "cmudict-en-us.dict"), "-logfn", "/dev/null",
        ];
        config = PocketSphinxNative.cmd_ln_parse_r(IntPtr.Zero, PocketSphinxNative.ps_args(), argv.Length, argv, 1);
        if (config == IntPtr.Zero)
        {
            throw new InvalidOperationException($"PocketSphinx rejected its configuration for model directory '{modelDirectory}'.");
        }

        decoder = PocketSphinxNative.ps_init(config);
        if (decoder == IntPtr.Zero)
        {
            throw new InvalidOperationException($"PocketSphinx failed to load the model from '{modelDirectory}'.");
        }
    }

    private string[] RequiredModelPaths() =>
    [
        Path.Combine(modelDirectory, "en-us", "mdef"),
        Path.Combine(modelDirectory, "en-us.lm.bin"),
        Path.Combine(modelDirectory, "cmudict-en-us.dict"),
    ];

    private static void Check(int status, string call)
    {
        if (status < 0)
        {
            throw new InvalidOperationException($"PocketSphinx {call} failed with status {status}.");
        }
    }

    /// <summary>
    /// Frees the decoder only once no decode is using it: a host that stops while a job or an answer's transcription is still
    /// decoding (a test's app, a shutdown) would otherwise free memory under the native decoder and crash the process.
    /// </summary>
    public void Dispose()
    {
        if (disposed)
        {
            return;
        }

        disposed = true;
        gate.Wait();
        try
        {
            if (decoder != IntPtr.Zero)
            {
                _ = PocketSphinxNative.ps_free(decoder);
                decoder = IntPtr.Zero;
            }

            if (config != IntPtr.Zero)
            {
                _ = PocketSphinxNative.cmd_ln_free_r(config);
                config = IntPtr.Zero;
            }
        }
        finally
        {
            // Callers queued behind the decode find it disposed and throw; the semaphore itself holds no native handle.
            gate.Release();
        }
    }
}
