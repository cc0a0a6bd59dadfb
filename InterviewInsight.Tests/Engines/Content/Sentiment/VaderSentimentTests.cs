namespace InterviewInsight.Tests.Engines.Content.Sentiment;

/// <summary>The VADER port against the reference scores of the vaderSentiment README (compound, 4 decimals).</summary>
public sealed class VaderSentimentTests
{
    [Theory]
    [InlineData("VADER is smart, handsome, and funny.", 0.8316)]
    [InlineData("VADER is smart, handsome, and funny!", 0.8439)]
    [InlineData("VADER is very smart, handsome, and funny.", 0.8545)]
    [InlineData("VADER is VERY SMART, handsome, and FUNNY.", 0.9227)]
    [InlineData("VADER is VERY SMART, handsome, and FUNNY!!!", 0.9342)]
    [InlineData("VADER is not smart, handsome, nor funny.", -0.7424)]
    [InlineData("The book was good.", 0.4404)]
    [InlineData("At least it isn't a horrible book.", 0.431)]
    [InlineData("The book was only kind of good.", 0.3832)]
    [InlineData("The plot was good, but the characters are uncompelling and the dialog is not great.", -0.7042)]
    [InlineData("Today SUX!", -0.5461)]
    [InlineData("Not bad at all", 0.431)]
    public void Given_reference_sentence_When_scoring_Then_compound_matches_vader(string sentence, double expected)
    {
        // Arrange
        var vader = ContentTestModels.Vader;

        // Act
        var scores = vader.Score(sentence);

        // Assert
        scores.Compound.ShouldBe(expected, 0.00011);
    }

    [Fact]
    public void Given_negation_When_scoring_Then_positive_word_turns_negative()
    {
        // Act
        var plain = ContentTestModels.Vader.Score("The book was good.");
        var negated = ContentTestModels.Vader.Score("The book was not good.");

        // Assert
        plain.Compound.ShouldBeGreaterThan(0.4);
        negated.Compound.ShouldBeLessThan(0);
    }

    [Fact]
    public void Given_caps_and_exclamations_When_scoring_Then_emphasis_raises_the_compound()
    {
        // Act
        var calm = ContentTestModels.Vader.Score("very good");
        var emphatic = ContentTestModels.Vader.Score("VERY GOOD!!!");
        var capsInMixedText = ContentTestModels.Vader.Score("The demo was GOOD");
        var plainMixedText = ContentTestModels.Vader.Score("The demo was good");

        // Assert
        emphatic.Compound.ShouldBeGreaterThan(calm.Compound);
        capsInMixedText.Compound.ShouldBeGreaterThan(plainMixedText.Compound);
    }

    [Fact]
    public void Given_but_When_scoring_Then_the_clause_after_but_dominates()
    {
        // Act
        var scores = ContentTestModels.Vader.Score("The project was hard, but the result was excellent.");

        // Assert
        scores.Compound.ShouldBeGreaterThan(0.5);
        (scores.Positive + scores.Neutral + scores.Negative).ShouldBe(1, 0.002);
    }

    [Fact]
    public void Given_missing_lexicon_When_loading_Then_it_names_the_file()
    {
        // Act
        var error = Should.Throw<FileNotFoundException>(() => InterviewInsight.Modules.Engines.Content.Sentiment.VaderSentiment.Load("/nonexistent/vader_lexicon.txt"));

        // Assert
        error.Message.ShouldContain("/nonexistent/vader_lexicon.txt");
    }
}
