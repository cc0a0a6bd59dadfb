using InterviewInsight.Modules.Engines.Speech.Words;

namespace InterviewInsight.Tests.Engines.Speech.Words;

public sealed class FillerDetectorTests
{
    [Theory]
    [InlineData("um I worked on the uh backend", "um,uh")]
    [InlineData("so we basically rebuilt it and it actually worked", "so,basically,actually")]
    [InlineData("it was, you know, a hard quarter", "you know")]
    [InlineData("I mean, the results were good", "i mean")]
    [InlineData("it was kind of messy and sort of late", "kind of,sort of")]
    [InlineData("and like we shipped it, like, on time", "like,like")]
    [InlineData("So, the team agreed", "so")]
    [InlineData("we had a plan. So we hired two people", "so")]
    [InlineData("um so we started over", "um,so")]
    [InlineData("it was like like a maze", "like,like")]
    public void Given_transcripts_with_fillers_When_detecting_Then_exactly_those_are_found(string text, string expected)
    {
        // Act
        var fillers = FillerDetector.Detect(Token.From(TranscriptBuilder.Words(text)));

        // Assert
        string.Join(',', fillers.Select(f => f.Text)).ShouldBe(expected);
    }

    [Theory]
    [InlineData("I like working with people who like feedback")]
    [InlineData("I would like to lead and I'd like more scope")]
    [InlineData("we tested things just like before")]
    [InlineData("it looks like a memory leak")]
    [InlineData("like I said the deadline moved")]
    [InlineData("do you know the answer")]
    [InlineData("you know that the deadline moved")]
    [InlineData("as you know the team was small")]
    [InlineData("I mean it when I say that")]
    [InlineData("what kind of database and which sort of cache")]
    [InlineData("it was so much work and I think so")]
    [InlineData("we worked late so that we could ship")]
    public void Given_non_filler_uses_When_detecting_Then_nothing_is_found(string text)
    {
        // Act
        var fillers = FillerDetector.Detect(Token.From(TranscriptBuilder.Words(text)));

        // Assert
        fillers.ShouldBeEmpty();
    }

    [Fact]
    public void Given_so_after_a_pause_without_punctuation_When_detecting_Then_it_counts_as_a_clause_start()
    {
        // Arrange: PocketSphinx never punctuates; a 1 s pause marks the clause break.
        var words = TranscriptBuilder.Words("we had a plan | so we hired people");

        // Act
        var fillers = FillerDetector.Detect(Token.From(words));

        // Assert
        fillers.Count.ShouldBe(1);
        fillers[0].Text.ShouldBe("so");
        fillers[0].Start.ShouldBe(words[4].Start);
        fillers[0].End.ShouldBe(words[4].End);
    }

    [Fact]
    public void Given_a_multi_word_filler_When_detecting_Then_its_span_covers_both_words()
    {
        // Arrange
        var words = TranscriptBuilder.Words("it was, you know, hard");

        // Act
        var filler = FillerDetector.Detect(Token.From(words)).Single();

        // Assert
        filler.Start.ShouldBe(words[2].Start);
        filler.End.ShouldBe(words[3].End);
    }
}
