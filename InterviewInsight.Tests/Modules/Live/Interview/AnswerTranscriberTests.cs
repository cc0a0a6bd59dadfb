using InterviewInsight.Modules.Engines.Speech.Audio;
using InterviewInsight.Modules.Engines.Speech.Transcription;
using InterviewInsight.Modules.Live.Interview.Transcription;
using InterviewInsight.Modules.Shared.Media;
using InterviewInsight.Modules.Tooling.Accuracy.Speech;
using InterviewInsight.Tests.TestInfrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace InterviewInsight.Tests.Modules.Live.Interview;

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

        var transcriber = app.Services.GetRequiredService<AnswerTranscriber>();

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
    public async Task Given_an_answer_transcribed_ahead_while_recorded_When_it_ends_Then_the_transcript_is_the_one_made_without_a_head_start()
    {
        // Arrange: a 50 s answer of sentences with pauses, stored for two sessions; one is transcribed ahead at 30 s. The
        // interviewer's patience is raised so that a slow or busy machine changes only how long this takes, not its outcome.
        using var app = new AppFactory(settings: new Dictionary<string, string?> { ["Analysis:AnswerTranscriptionTimeoutSeconds"] = "900" });
        var store = app.Services.GetRequiredService<IMediaStore>();
        var pause = new float[(int)(0.6 * 16000)];
        var samples = SpeechAccuracyReport.Clips.SelectMany(c => WavReader.Read(TestAssets.TestData($"audio/{c}.wav")).Concat(pause)).ToArray();
        var wav = PcmWavEncoder.Encode(samples, 16000);
        var (ahead, plain) = (MediaKey.For(Guid.NewGuid(), "segment-0.wav"), MediaKey.For(Guid.NewGuid(), "segment-0.wav"));
        foreach (var key in new[] { ahead, plain })
        {
            await store.WriteAsync(key, new MemoryStream(wav), long.MaxValue, CancellationToken.None);
        }

        var transcriber = app.Services.GetRequiredService<AnswerTranscriber>();
        var end = samples.Length / 16000.0;

        // Act
        transcriber.TranscribeAhead(new AnswerAudio(ahead.SessionId, ahead, 0, 0, 30));
        var chunks = MediaKey.For(ahead.SessionId, "answer-0-chunks.json");
        var deadline = DateTime.UtcNow.AddMinutes(10);
        while (!store.Exists(chunks) && DateTime.UtcNow < deadline)
        {
            await Task.Delay(200);
        }

        var withHeadStart = await transcriber.TranscribeAsync(new AnswerAudio(ahead.SessionId, ahead, 0, 0, end));
        var without = await transcriber.TranscribeAsync(new AnswerAudio(plain.SessionId, plain, 0, 0, end));

        // Assert
        store.Exists(chunks).ShouldBeTrue("a chunk was transcribed ahead");
        store.Exists(MediaKey.For(plain.SessionId, "answer-0-chunks.json")).ShouldBeFalse();
        withHeadStart.Text.ShouldBe(without.Text);
        withHeadStart.Words.Count.ShouldBeGreaterThan(60);
    }

    [Fact]
    public async Task Given_missing_media_When_transcribed_Then_clear_error_not_an_empty_transcript()
    {
        using var app = new AppFactory();
        var transcriber = app.Services.GetRequiredService<AnswerTranscriber>();
        var key = MediaKey.For(Guid.NewGuid(), "segment-0.webm");

        var error = await Should.ThrowAsync<InvalidOperationException>(() => transcriber.TranscribeAsync(new AnswerAudio(key.SessionId, key, 0, 0, 5)));

        error.Message.ShouldContain("could not be read");
    }
}
