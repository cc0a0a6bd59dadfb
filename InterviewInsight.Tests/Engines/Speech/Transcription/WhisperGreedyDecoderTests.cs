using InterviewInsight.Modules.Engines.Speech.Transcription;

namespace InterviewInsight.Tests.Engines.Speech.Transcription;

/// <summary>
/// Our decoding loop and Whisper's logit rules, driven by a scripted decoder step (no model involved): each case
/// makes the "model" prefer a forbidden token and checks the loop picks the allowed one instead.
/// </summary>
public sealed class WhisperGreedyDecoderTests
{
    private const int Vocabulary = 51864; // tiny.en logits width
    private const int Hello = 10;
    private const int World = 11;
    private const int Blank = 220;

    private static readonly WhisperSpecialTokens Special = WhisperSpecialTokens.EnglishOnly;
    private static readonly int Eot = Special.EndOfText;

    private static int Ts(double seconds) => Special.TimestampToken(seconds);

    private static Dictionary<int, float> Prefer(params (int Id, float Score)[] scores) => scores.ToDictionary(s => s.Id, s => s.Score);

    [Fact]
    public void Given_well_formed_script_When_decoding_Then_tokens_are_taken_greedily_until_end_of_text()
    {
        // Arrange
        var step = new ScriptedDecoderStep(
            Vocabulary,
            Prefer((Ts(0), 10)),
            Prefer((Hello, 10), (World, 8)),
            Prefer((World, 10)),
            Prefer((Ts(1.0), 10)),
            Prefer((Eot, 10)));
        var decoder = new WhisperGreedyDecoder(Special);

        // Act
        var result = decoder.Decode(step, CancellationToken.None);

        // Assert
        result.Tokens.Select(t => t.Id).ShouldBe([Ts(0), Hello, World, Ts(1.0)]);
        result.HitTokenLimit.ShouldBeFalse();
        step.Calls[0].ShouldBe([Special.StartOfTranscript]);
        step.Calls[^1].ShouldBe([Special.StartOfTranscript, Ts(0), Hello, World, Ts(1.0)]);
        result.Tokens[2].Probability.ShouldBeGreaterThan(0.99);
        result.Tokens[1].Probability.ShouldBeLessThan(result.Tokens[2].Probability);
    }

    [Fact]
    public void Given_model_prefers_blank_or_end_at_first_step_When_decoding_Then_window_opens_with_a_timestamp()
    {
        // Arrange
        var step = new ScriptedDecoderStep(
            Vocabulary,
            Prefer((Eot, 20), (Blank, 19), (Hello, 18), (Ts(0.4), 5)),
            Prefer((Eot, 10)));
        var decoder = new WhisperGreedyDecoder(Special);

        // Act
        var result = decoder.Decode(step, CancellationToken.None);

        // Assert
        result.Tokens[0].Id.ShouldBe(Ts(0.4));
    }

    [Fact]
    public void Given_model_prefers_a_late_first_timestamp_When_decoding_Then_it_is_capped_at_one_second()
    {
        // Arrange
        var step = new ScriptedDecoderStep(Vocabulary, Prefer((Ts(5.0), 20), (Ts(1.02), 19), (Ts(0.8), 10)), Prefer((Eot, 10)));
        var decoder = new WhisperGreedyDecoder(Special);

        // Act
        var result = decoder.Decode(step, CancellationToken.None);

        // Assert
        result.Tokens[0].Id.ShouldBe(Ts(0.8));
    }

    [Fact]
    public void Given_opening_timestamp_When_model_prefers_another_timestamp_Then_text_follows_instead()
    {
        // Arrange
        var step = new ScriptedDecoderStep(
            Vocabulary,
            Prefer((Ts(0), 10)),
            Prefer((Ts(0.5), 20), (Hello, 5)),
            Prefer((Eot, 10)));
        var decoder = new WhisperGreedyDecoder(Special);

        // Act
        var result = decoder.Decode(step, CancellationToken.None);

        // Assert
        result.Tokens[1].Id.ShouldBe(Hello);
    }

    [Fact]
    public void Given_closed_segment_When_model_prefers_text_Then_an_opening_timestamp_or_end_follows()
    {
        // Arrange: "<0.00> Hello <1.00>" then the model wants more text straight away.
        var step = new ScriptedDecoderStep(
            Vocabulary,
            Prefer((Ts(0), 10)),
            Prefer((Hello, 10)),
            Prefer((Ts(1.0), 10)),
            Prefer((World, 20), (Ts(1.0), 5)),
            Prefer((World, 10)),
            Prefer((Ts(2.0), 10)),
            Prefer((Eot, 10)));
        var decoder = new WhisperGreedyDecoder(Special);

        // Act
        var result = decoder.Decode(step, CancellationToken.None);

        // Assert: the pair <1.00><1.00> is allowed (end time repeated as next start).
        result.Tokens.Select(t => t.Id).ShouldBe([Ts(0), Hello, Ts(1.0), Ts(1.0), World, Ts(2.0)]);
    }

    [Fact]
    public void Given_segment_text_When_model_prefers_an_earlier_timestamp_Then_time_does_not_go_backwards()
    {
        // Arrange: "<1.00> Hello" then the model tries to close at 0.50 and later reopen at 1.50 < 2.00.
        var step = new ScriptedDecoderStep(
            Vocabulary,
            Prefer((Ts(1.0), 10)),
            Prefer((Hello, 10)),
            Prefer((Ts(0.5), 20), (Ts(1.0), 19), (Ts(2.0), 18)),
            Prefer((Ts(1.5), 20), (Eot, 5)));
        var decoder = new WhisperGreedyDecoder(Special);

        // Act
        var result = decoder.Decode(step, CancellationToken.None);

        // Assert: closing must be strictly after the opening 1.00; after the close only >= 2.00 or the end.
        result.Tokens.Select(t => t.Id).ShouldBe([Ts(1.0), Hello, Ts(2.0)]);
    }

    [Fact]
    public void Given_special_tokens_preferred_When_decoding_Then_only_text_timestamps_or_end_are_emitted()
    {
        // Arrange
        var step = new ScriptedDecoderStep(
            Vocabulary,
            Prefer((Ts(0), 10)),
            Prefer((Special.NoTimestamps, 30), (Special.StartOfTranscript, 29), (Special.NoSpeech, 28), (Special.Transcribe, 27), (Hello, 5)),
            Prefer((Eot, 10)));
        var decoder = new WhisperGreedyDecoder(Special);

        // Act
        var result = decoder.Decode(step, CancellationToken.None);

        // Assert
        result.Tokens[1].Id.ShouldBe(Hello);
    }

    [Fact]
    public void Given_configured_suppressed_tokens_When_model_prefers_one_Then_the_next_best_is_taken()
    {
        // Arrange: 3 = a bracket-like symbol listed in generation_config.json's suppress_tokens.
        var step = new ScriptedDecoderStep(Vocabulary, Prefer((Ts(0), 10)), Prefer((3, 20), (World, 10)), Prefer((Eot, 10)));
        var decoder = new WhisperGreedyDecoder(Special, extraSuppressedTokens: [3]);

        // Act
        var result = decoder.Decode(step, CancellationToken.None);

        // Assert
        result.Tokens[1].Id.ShouldBe(World);
    }

    [Fact]
    public void Given_timestamps_jointly_more_likely_than_best_text_When_decoding_Then_a_timestamp_is_emitted()
    {
        // Arrange: after "<0.00> Hello", one text token at 5 beats each timestamp (2) but not all of them together.
        var afterHello = Enumerable.Range(Ts(0.02), 200).ToDictionary(id => id, _ => 2f);
        afterHello[World] = 5f;
        var step = new ScriptedDecoderStep(Vocabulary, Prefer((Ts(0), 10)), Prefer((Hello, 10)), afterHello, Prefer((Eot, 10)));
        var decoder = new WhisperGreedyDecoder(Special);

        // Act
        var result = decoder.Decode(step, CancellationToken.None);

        // Assert
        Special.IsTimestamp(result.Tokens[2].Id).ShouldBeTrue();
    }

    [Fact]
    public void Given_model_that_never_ends_When_decoding_Then_the_token_limit_stops_it()
    {
        // Arrange
        var step = new ScriptedDecoderStep(Vocabulary, Prefer((Ts(0), 10)), Prefer((Hello, 10)));
        var decoder = new WhisperGreedyDecoder(Special, maxTokens: 20);

        // Act
        var result = decoder.Decode(step, CancellationToken.None);

        // Assert
        result.HitTokenLimit.ShouldBeTrue();
        result.Tokens.Count.ShouldBe(20);
        step.Calls.Count.ShouldBe(20);
    }

    [Fact]
    public void Given_first_step_favours_no_speech_When_decoding_Then_no_speech_probability_is_reported()
    {
        // Arrange
        var step = new ScriptedDecoderStep(Vocabulary, Prefer((Special.NoSpeech, 10), (Ts(0), 1)), Prefer((Eot, 10)));
        var decoder = new WhisperGreedyDecoder(Special);

        // Act
        var result = decoder.Decode(step, CancellationToken.None);

        // Assert
        result.NoSpeechProbability.ShouldBeGreaterThan(0.9);
        result.Tokens.Single().Id.ShouldBe(Ts(0));
    }

    [Fact]
    public void Given_cancelled_token_When_decoding_Then_it_stops_with_cancellation()
    {
        // Arrange
        var step = new ScriptedDecoderStep(Vocabulary, Prefer((Ts(0), 10)), Prefer((Hello, 10)));
        var decoder = new WhisperGreedyDecoder(Special);
        using var cancellation = new CancellationTokenSource();
        cancellation.Cancel();

        // Act / Assert
        Should.Throw<OperationCanceledException>(() => decoder.Decode(step, cancellation.Token));
        step.Calls.ShouldBeEmpty();
    }

    [Theory]
    [InlineData(0.9, 0.1, true)]
    [InlineData(0.9, 0.9, false)]
    [InlineData(0.3, 0.1, false)]
    public void Given_window_decoding_When_checking_silence_gate_Then_both_whisper_thresholds_must_hold(
        double noSpeech, double tokenProbability, bool expected)
    {
        // Arrange
        var decoding = new WhisperWindowDecoding([new WhisperDecodedToken(Hello, tokenProbability)], noSpeech, false);

        // Act
        var silent = decoding.IsLikelyNoSpeech;

        // Assert
        silent.ShouldBe(expected);
    }
}
