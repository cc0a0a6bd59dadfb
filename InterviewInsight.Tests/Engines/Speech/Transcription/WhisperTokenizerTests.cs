using InterviewInsight.Modules.Engines.Speech.Transcription;

namespace InterviewInsight.Tests.Engines.Speech.Transcription;

public sealed class WhisperTokenizerTests
{
    // A hand-made byte-level vocabulary: "Ġ" is the space byte, "Ã©" the two UTF-8 bytes of "é",
    // and the emoji 😀 (F0 9F 98 80) is split over two tokens, as GPT-2's BPE does.
    private static readonly Dictionary<string, int> TinyEnglishVocabulary = new()
    {
        ["Hello"] = 10,
        ["Ġworld"] = 11,
        ["Ġcaf"] = 12,
        ["Ã©"] = 13,
        ["ĠðŁ"] = 14,
        ["ĺĢ"] = 15,
        ["Ċ"] = 16,
        ["Ġ"] = 220,
        ["<|endoftext|>"] = 50256,
    };

    [Fact]
    public void Given_tiny_vocabulary_When_decoding_Then_spaces_and_multibyte_characters_are_restored()
    {
        // Arrange
        var tokenizer = WhisperTokenizer.FromVocabulary(TinyEnglishVocabulary);

        // Act
        var text = tokenizer.Decode([10, 11, 12, 13, 14, 15, 16]);

        // Assert
        text.ShouldBe("Hello world café 😀\n");
    }

    [Fact]
    public void Given_special_and_timestamp_tokens_When_decoding_Then_they_produce_no_text()
    {
        // Arrange
        var tokenizer = WhisperTokenizer.FromVocabulary(TinyEnglishVocabulary);

        // Act
        var text = tokenizer.Decode([50257, 50363, 10, 11, 50413, 50256]);

        // Assert
        text.ShouldBe("Hello world");
        tokenizer.TokenBytes(50256).Length.ShouldBe(0);
        tokenizer.TokenBytes(50363).Length.ShouldBe(0);
    }

    [Fact]
    public void Given_byte_decoder_When_mapping_all_256_byte_characters_Then_each_byte_comes_back_once()
    {
        // Arrange: the printable ranges keep their own character, the other 68 bytes are shifted to U+0100...
        var characters = Enumerable.Range('!', '~' - '!' + 1)
            .Concat(Enumerable.Range(0xA1, 0xAC - 0xA1 + 1))
            .Concat(Enumerable.Range(0xAE, 0xFF - 0xAE + 1))
            .Concat(Enumerable.Range(0x100, 68))
            .Select(c => ((char)c).ToString());

        // Act
        var bytes = characters.Select(c => Gpt2ByteDecoder.ToBytes(c).Single()).ToList();

        // Assert
        bytes.Count.ShouldBe(256);
        bytes.Distinct().Count().ShouldBe(256);
        Gpt2ByteDecoder.ToBytes("Ġ").ShouldBe([(byte)0x20]);
        Gpt2ByteDecoder.ToBytes("Ċ").ShouldBe([(byte)0x0A]);
        Gpt2ByteDecoder.ToBytes("\u0100").ShouldBe([(byte)0x00]);
        Gpt2ByteDecoder.ToBytes("\u0143").ShouldBe([(byte)0xAD]);
    }

    [Fact]
    public void Given_character_outside_the_byte_alphabet_When_decoding_Then_it_fails_loudly()
    {
        // Act
        var error = Should.Throw<FormatException>(() => Gpt2ByteDecoder.ToBytes("a b"));

        // Assert
        error.Message.ShouldContain("U+0020");
    }

    [Theory]
    [InlineData(50363, 0.0)]
    [InlineData(50364, 0.02)]
    [InlineData(50513, 3.0)]
    [InlineData(51863, 30.0)]
    public void Given_english_only_timestamp_token_When_converting_Then_seconds_are_in_20ms_steps(int token, double seconds)
    {
        // Act
        var actual = WhisperSpecialTokens.EnglishOnly.TimestampSeconds(token);

        // Assert
        actual.ShouldBe(seconds, 1e-9);
        WhisperSpecialTokens.EnglishOnly.TimestampToken(seconds).ShouldBe(token);
    }

    [Fact]
    public void Given_multilingual_vocabulary_When_loading_Then_special_ids_shift_by_one()
    {
        // Arrange
        var vocabulary = new Dictionary<string, int>(TinyEnglishVocabulary) { ["<|endoftext|>"] = 50257 };

        // Act
        var special = WhisperTokenizer.FromVocabulary(vocabulary).Special;

        // Assert
        special.IsMultilingual.ShouldBeTrue();
        special.StartOfTranscript.ShouldBe(50258);
        special.NoTimestamps.ShouldBe(50363);
        special.TimestampSeconds(50364).ShouldBe(0.0);
        special.TranscribePrompt.ShouldBe([50258, 50259, 50359]);
        WhisperSpecialTokens.EnglishOnly.TranscribePrompt.ShouldBe([50257]);
    }

    [Fact]
    public void Given_folder_with_vocab_and_added_tokens_When_loading_Then_end_of_text_comes_from_added_tokens()
    {
        // Arrange: some exports keep <|endoftext|> only in added_tokens.json.
        var folder = Directory.CreateTempSubdirectory("whisper-vocab-").FullName;
        try
        {
            File.WriteAllText(Path.Combine(folder, "vocab.json"), """{"Hello":10,"Ġworld":11}""");
            File.WriteAllText(Path.Combine(folder, "added_tokens.json"), """{"<|endoftext|>":50256,"<|startoftranscript|>":50257}""");

            // Act
            var tokenizer = WhisperTokenizer.Load(folder);

            // Assert
            tokenizer.Special.ShouldBe(WhisperSpecialTokens.EnglishOnly);
            tokenizer.Decode([10, 11]).ShouldBe("Hello world");
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void Given_vocabulary_without_end_of_text_When_loading_Then_it_says_what_is_missing()
    {
        // Act
        var error = Should.Throw<InvalidDataException>(() => WhisperTokenizer.FromVocabulary(new Dictionary<string, int> { ["a"] = 1 }));

        // Assert
        error.Message.ShouldContain("<|endoftext|>");
    }
}
