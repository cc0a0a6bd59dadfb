using InterviewInsight.Modules.Analysis.Contracts;
using InterviewInsight.Modules.Shared.Media;
using InterviewInsight.Tests.TestInfrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace InterviewInsight.Tests.Modules.Analysis.Runs;

[Trait("Category", "Integration")]
public sealed class AnswerTranscriberTests
{
    [Fact]
    public async Task Given_answer_span_of_a_stored_recording_When_transcribed_Then_words_are_on_the_session_clock_inside_the_span()
    {
        // Arrange: JFK's 11 s clip as segment 0 placed 100 s into a session; the answer is its second half.
        using var app = new AppFactory();
        var store = app.Services.GetRequiredService<IMediaStore>();
        var key = MediaKey.For(Guid.NewGuid(), "segment-0.wav");
        await using (var source = File.OpenRead(TestAssets.TestData("audio/B_jfk.wav")))
        {
            await store.WriteAsync(key, source, long.MaxValue, CancellationToken.None);
        }

        var transcriber = app.Services.GetRequiredService<IAnswerTranscriber>();

        // Act
        var transcript = await transcriber.TranscribeAsync(new AnswerAudio(key.SessionId, key, 100, 105, 111));

        // Assert
        transcript.Engine.ShouldContain("pocketsphinx");
        transcript.Words.Count.ShouldBeGreaterThan(5);
        transcript.Words.ShouldAllBe(w => w.Start >= 105 && w.End <= 111.5);
        transcript.Text.ShouldContain("country");
        transcript.DurationSeconds.ShouldBe(6, 0.1);
    }

    [Fact]
    public async Task Given_missing_media_When_transcribed_Then_clear_error_not_an_empty_transcript()
    {
        using var app = new AppFactory();
        var transcriber = app.Services.GetRequiredService<IAnswerTranscriber>();
        var key = MediaKey.For(Guid.NewGuid(), "segment-0.webm");

        var error = await Should.ThrowAsync<InvalidOperationException>(() => transcriber.TranscribeAsync(new AnswerAudio(key.SessionId, key, 0, 0, 5)));

        error.Message.ShouldContain("could not be read");
    }
}
