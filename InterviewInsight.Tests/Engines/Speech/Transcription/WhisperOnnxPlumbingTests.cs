using InterviewInsight.Modules.Engines.Speech.Transcription;
using InterviewInsight.Tests.TestInfrastructure;

namespace InterviewInsight.Tests.Engines.Speech.Transcription;

/// <summary>
/// Runs our ONNX Runtime code (tensor layouts, empty past on the first step, use_cache_branch, KV cache carried
/// between steps) against tiny graphs with the Optimum export's input/output names, built by
/// Fixtures/make_plumbing_models.py. The graphs have no learned weights: their "logits" are the sum of every token
/// id seen plus the mean encoder state, so any lost, duplicated or mixed-up cache entry changes the number.
/// This verifies plumbing only, not transcription quality (the real weights are not obtainable here).
/// </summary>
[Trait("Category", "Integration")]
public sealed class WhisperOnnxPlumbingTests : IDisposable
{
    private static readonly string FixtureFolder = Path.Combine(
        TestAssets.RepoRoot, "InterviewInsight.Tests", "Engines", "Speech", "Transcription", "Fixtures", "whisper_plumbing");

    private readonly string folder = Directory.CreateTempSubdirectory("whisper-plumbing-").FullName;

    public WhisperOnnxPlumbingTests()
    {
        foreach (var file in Directory.GetFiles(FixtureFolder, "*.onnx"))
        {
            File.Copy(file, Path.Combine(folder, Path.GetFileName(file)));
        }

        File.WriteAllText(Path.Combine(folder, "vocab.json"), """{"!":0,"Hello":10,"Ġworld":11,"<|endoftext|>":50256}""");
    }

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private WhisperOnnxModel Load(bool merged)
    {
        if (!merged)
        {
            File.Delete(Path.Combine(folder, WhisperModelFiles.MergedDecoderFile));
        }

        WhisperModelFiles.TryLocate(folder, out var files, out var reason).ShouldBeTrue(reason);
        files!.DecoderHasKvCache.ShouldBe(merged);
        return WhisperOnnxModel.Load(files);
    }

    private static float[] RealFeatures()
    {
        var speech = Pcm16Wav.ReadMono16k(TestAssets.TestData("audio/B_jfk.wav"));
        return WhisperLogMel.Compute(speech);
    }

    [Fact]
    public void Given_log_mel_features_When_encoding_Then_the_encoder_sees_them_as_1x80x3000()
    {
        // Arrange: the plumbing encoder computes hidden[t, j] = sum over mel m of features[m, t] * (8m + j) / 1000.
        using var model = Load(merged: true);
        var features = RealFeatures();

        // Act
        var encoded = model.Encode(features);

        // Assert
        encoded.Shape.ShouldBe([1L, 1500L, 8L]);
        foreach (var (t, j) in new[] { (0, 0), (100, 3), (1499, 7) })
        {
            var expected = Enumerable.Range(0, 80).Sum(m => (double)features[(m * 3000) + t] * ((8 * m) + j) / 1000.0);
            ((double)encoded.HiddenStates[(t * 8) + j]).ShouldBe(expected, 1e-3);
        }
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Given_growing_token_sequence_When_stepping_Then_logits_reflect_every_token_and_the_encoder_states(bool merged)
    {
        // Arrange
        using var model = Load(merged);
        var encoded = model.Encode(RealFeatures());
        var encoderMean = encoded.HiddenStates.Average(v => (double)v);
        using var step = model.CreateDecoderStep(encoded);
        int[][] sequences = [[50257], [50257, 50363], [50257, 50363, 10], [50257, 50363, 10, 11], [50257, 50363, 10, 11, 50413]];

        foreach (var tokens in sequences)
        {
            // Act
            var logits = step.NextLogits(tokens);

            // Assert
            logits.Length.ShouldBe(51864);
            ((double)logits[0]).ShouldBe(tokens.Sum() + encoderMean, 0.05, $"after [{string.Join(", ", tokens)}]");
            logits[^1].ShouldBe(logits[0]);
        }
    }

    [Fact]
    public void Given_cached_and_uncached_decoders_When_greedy_decoding_a_window_Then_they_pick_the_same_tokens()
    {
        // Arrange
        using var merged = Load(merged: true);
        var encodedForMerged = merged.Encode(RealFeatures());
        var decoder = new WhisperGreedyDecoder(merged.Tokenizer.Special, maxTokens: 40);

        // Act
        WhisperWindowDecoding withCache;
        using (var step = merged.CreateDecoderStep(encodedForMerged))
        {
            withCache = decoder.Decode(step, CancellationToken.None);
        }

        using var plain = Load(merged: false);
        WhisperWindowDecoding withoutCache;
        using (var step = plain.CreateDecoderStep(plain.Encode(RealFeatures())))
        {
            withoutCache = decoder.Decode(step, CancellationToken.None);
        }

        // Assert
        withCache.Tokens.Count.ShouldBe(40);
        withCache.HitTokenLimit.ShouldBeTrue();
        withCache.Tokens.Select(t => t.Id).ShouldBe(withoutCache.Tokens.Select(t => t.Id));
        merged.Tokenizer.Special.IsTimestamp(withCache.Tokens[0].Id).ShouldBeTrue();
    }

    [Fact]
    public async Task Given_44_s_of_speech_When_the_engine_transcribes_with_the_plumbing_model_Then_each_window_lands_at_its_offset()
    {
        // Arrange: the plumbing logits are flat, so Whisper's rules alone pick the tokens: every window becomes
        // "<|0.00|> ! <|0.02|><|0.02|> ! <|0.04|> ..." up to the token limit, i.e. 20 ms words from the window start.
        using var engine = new WhisperOnnxSpeechToText(folder);
        var clip = Pcm16Wav.ReadMono16k(TestAssets.TestData("audio/B_jfk.wav"));
        var speech = Enumerable.Range(0, 4).SelectMany(_ => clip).ToArray();
        var windows = WhisperWindowPlanner.Plan(speech);

        // Act
        var transcript = await engine.TranscribeAsync(speech, CancellationToken.None);

        // Assert
        windows.Count.ShouldBe(2);
        transcript.Engine.ShouldBe("whisper-tiny.en (onnx)");
        var secondWindowStart = windows[1].Start / 16_000.0;
        var firstWindow = transcript.Words.Where(w => w.Start < secondWindowStart).ToList();
        var secondWindow = transcript.Words.Where(w => w.Start >= secondWindowStart).ToList();
        // 224 tokens = the opening <|0.00|> + 74 x "! <|t|><|t|>" + one "!" cut off by the limit, which runs to the
        // end of its window.
        firstWindow.Count.ShouldBe(75);
        secondWindow.Count.ShouldBe(75);
        transcript.Words.ShouldAllBe(w => w.Text == "!");
        firstWindow[0].Start.ShouldBe(0.0);
        firstWindow[0].End.ShouldBe(0.02);
        firstWindow[^1].End.ShouldBe(secondWindowStart, 1e-3);
        secondWindow[0].Start.ShouldBe(secondWindowStart, 1e-3);
        secondWindow[73].End.ShouldBe(secondWindowStart + (74 * 0.02), 1e-3);
        secondWindow[^1].End.ShouldBe(speech.Length / 16_000.0, 1e-3);
    }
}
