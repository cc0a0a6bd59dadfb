using InterviewInsight.Modules.Tooling.Accuracy.Speech;

namespace InterviewInsight.Tests.Tooling.Accuracy.Speech;

public sealed class WordErrorRateTests
{
    [Fact]
    public void Given_texts_differing_only_in_case_and_punctuation_When_computing_Then_wer_is_zero()
    {
        // Act
        var wer = WordErrorRate.Compute("And so, my fellow Americans: ask not!", "and so my fellow americans ask not");

        // Assert
        wer.ShouldBe(0);
    }

    [Fact]
    public void Given_one_substitution_one_deletion_and_one_insertion_When_computing_Then_three_errors_are_counted()
    {
        // Act: ref 6 words; "cat"->"bat" (S), "the" deleted (D), "very" inserted (I).
        var wer = WordErrorRate.Compute("the cat sat on the mat", "the bat sat on very mat");

        // Assert: "the"->"very" is one substitution, so 2 errors; the alignment takes the cheaper path.
        wer.ShouldBe(2 / 6.0, 1e-9);
        WordErrorRate.Compute("a b c", "a c d e").ShouldBe(3 / 3.0, 1e-9);
    }

    [Fact]
    public void Given_mr_and_mister_When_normalising_Then_they_match()
    {
        // Act
        var wer = WordErrorRate.Compute("and mister john dashwood", "and Mr. John Dashwood");

        // Assert
        wer.ShouldBe(0);
    }
}
