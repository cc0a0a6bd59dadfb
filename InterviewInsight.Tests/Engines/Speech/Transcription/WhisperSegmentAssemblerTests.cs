using InterviewInsight.Modules.Engines.Speech.Transcription;

namespace InterviewInsight.Tests.Engines.Speech.Transcription;

public sealed class WhisperSegmentAssemblerTests
{
    private static readonly WhisperTokenizer Tokenizer = WhisperTokenizer.FromVocabulary(new Dictionary<string, int>
    {
        ["Hello"] = 10,
        ["Ġworld"] = 11,
        ["Ġcaf"] = 12,
        ["Ã©"] = 13,
        ["."] = 14,
        ["<|endoftext|>"] = 50256,
    });

    private static WhisperDecodedToken Ts(double seconds, double p = 0.9) =>
        new(WhisperSpecialTokens.EnglishOnly.TimestampToken(seconds), p);

    private static WhisperDecodedToken Text(int id, double p) => new(id, p);

    [Fact]
    public void Given_two_timestamped_segments_When_assembling_Then_words_share_each_span_by_characters()
    {
        // Arrange: <0.00> Hello world <1.00><1.00> café. <2.00>
        var tokens = new[]
        {
            Ts(0), Text(10, 0.8), Text(11, 0.6), Ts(1.0), Ts(1.0), Text(12, 0.9), Text(13, 0.5), Text(14, 0.4), Ts(2.0),
        };

        // Act
        var words = WhisperSegmentAssembler.ToWords(tokens, Tokenizer, windowOffsetSeconds: 30.0, windowDurationSeconds: 30.0);

        // Assert
        words.Select(w => w.Text).ShouldBe(["Hello", "world", "café."]);
        words[0].Start.ShouldBe(30.0);
        words[0].End.ShouldBe(30.5);
        words[1].Start.ShouldBe(30.5);
        words[1].End.ShouldBe(31.0);
        words[2].Start.ShouldBe(31.0);
        words[2].End.ShouldBe(32.0);
        words[0].Confidence.ShouldBe(0.8, 1e-9);
        words[2].Confidence.ShouldBe((0.9 + 0.5 + 0.4) / 3, 1e-9);
    }

    [Fact]
    public void Given_segment_without_closing_timestamp_When_assembling_Then_it_ends_at_the_end_of_the_audio()
    {
        // Arrange: the token limit cut the window after "<4.00> Hello world".
        var tokens = new[] { Ts(4.0), Text(10, 0.7), Text(11, 0.7) };

        // Act
        var words = WhisperSegmentAssembler.ToWords(tokens, Tokenizer, windowOffsetSeconds: 0, windowDurationSeconds: 6.0);

        // Assert
        words.Select(w => (w.Text, w.Start, w.End)).ShouldBe([("Hello", 4.0, 5.0), ("world", 5.0, 6.0)]);
    }

    [Fact]
    public void Given_timestamp_beyond_the_audio_When_assembling_Then_times_are_clamped_to_the_window()
    {
        // Arrange: a 3 s last window, the model closes the segment at 29.98 s.
        var tokens = new[] { Ts(1.0), Text(10, 0.9), Ts(29.98) };

        // Act
        var words = WhisperSegmentAssembler.ToWords(tokens, Tokenizer, windowOffsetSeconds: 60, windowDurationSeconds: 3.0);

        // Assert
        words.Single().Start.ShouldBe(61.0);
        words.Single().End.ShouldBe(63.0);
    }

    [Fact]
    public void Given_only_timestamps_When_assembling_Then_there_are_no_words()
    {
        // Act
        var words = WhisperSegmentAssembler.ToWords([Ts(0), Ts(2.0)], Tokenizer, 0, 30);

        // Assert
        words.ShouldBeEmpty();
    }
}
