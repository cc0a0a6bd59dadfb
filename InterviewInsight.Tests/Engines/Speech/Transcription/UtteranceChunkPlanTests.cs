using InterviewInsight.Modules.Engines.Speech.Transcription;
using InterviewInsight.Modules.Engines.Speech.Vad;

namespace InterviewInsight.Tests.Engines.Speech.Transcription;

public sealed class UtteranceChunkPlanTests
{
    // Sentences of 3 s with 0.6 s pauses, from 0.5 s to about 40 s.
    private static readonly IReadOnlyList<SpeechSegment> Sentences =
        [.. Enumerable.Range(0, 11).Select(i => new SpeechSegment(0.5 + (i * 3.6), 3.5 + (i * 3.6)))];

    [Fact]
    public void Given_an_ended_answer_When_planned_Then_chunks_tile_it_from_the_start_and_each_but_the_last_is_long_enough()
    {
        // Act
        var plan = UtteranceChunkPlan.Plan(Sentences, 45, complete: true);

        // Assert
        plan.Count.ShouldBeGreaterThan(2);
        plan[0].Start.ShouldBe(0);
        plan.Zip(plan.Skip(1)).ShouldAllBe(p => p.First.End == p.Second.Start);
        plan.SkipLast(1).ShouldAllBe(c => c.End - c.Start >= UtteranceChunkPlan.MinChunkSeconds);
        plan[^1].End.ShouldBe(Sentences[^1].End + UtteranceChunkPlan.TrailingPadSeconds, 1e-9);

        // Every cut falls in a pause, just after the last word.
        plan.SkipLast(1).ShouldAllBe(c => Sentences.Any(s => c.End > s.End && c.End <= s.End + UtteranceChunkPlan.TrailingPadSeconds + 1e-9));
    }

    [Fact]
    public void Given_an_answer_still_being_recorded_When_planned_at_any_moment_Then_its_chunks_are_the_chunks_of_the_ended_answer()
    {
        // Arrange
        var final = UtteranceChunkPlan.Plan(Sentences, 45, complete: true);

        for (var recorded = 1.0; recorded < 45; recorded += 0.5)
        {
            // The VAD of a growing recording sees the speech so far, the last sentence cut where the audio ends.
            var soFar = Sentences.Where(s => s.Start < recorded).Select(s => s with { End = Math.Min(s.End, recorded) }).ToList();

            // Act
            var ahead = UtteranceChunkPlan.Plan(soFar, recorded, complete: false);

            // Assert: a chunk transcribed ahead is reused at the end, except a trailing one the answer went on past.
            foreach (var chunk in ahead.Where(c => c.End < soFar.LastOrDefault()?.End))
            {
                final.ShouldContain(f => f.SameAs(chunk), $"chunk {chunk} planned at {recorded} s");
            }
        }
    }

    [Fact]
    public void Given_speech_still_going_When_planned_ahead_Then_no_chunk_ends_in_audio_that_has_not_settled()
    {
        // Arrange: the last sentence is being spoken at 20 s.
        var soFar = Sentences.Where(s => s.Start < 20).Select(s => s with { End = Math.Min(s.End, 20) }).ToList();

        // Act
        var plan = UtteranceChunkPlan.Plan(soFar, 20, complete: false);

        // Assert
        plan.ShouldNotBeEmpty();
        plan.ShouldAllBe(c => c.End <= 20 - UtteranceChunkPlan.SettleSeconds);
    }

    [Fact]
    public void Given_a_pause_after_the_last_words_When_planned_ahead_Then_the_tail_is_planned_as_if_the_answer_had_ended()
    {
        // Arrange: 2 s of silence after the last sentence.
        var recorded = Sentences[^1].End + 2;

        // Act
        var ahead = UtteranceChunkPlan.Plan(Sentences, recorded, complete: false);
        var ended = UtteranceChunkPlan.Plan(Sentences, recorded + 5, complete: true);

        // Assert
        ahead.Count.ShouldBe(ended.Count);
        ahead.Zip(ended).ShouldAllBe(p => p.First.SameAs(p.Second));
    }

    [Fact]
    public void Given_speech_without_pauses_When_planned_Then_it_is_cut_every_30_seconds()
    {
        // Act
        var plan = UtteranceChunkPlan.Plan([new SpeechSegment(0.2, 75)], 76, complete: true);

        // Assert
        plan.Select(c => c.End).ShouldBe([30, 60, 75 + UtteranceChunkPlan.TrailingPadSeconds]);
    }

    [Fact]
    public void Given_no_speech_When_planned_Then_there_is_nothing_to_transcribe()
    {
        UtteranceChunkPlan.Plan([], 30, complete: true).ShouldBeEmpty();
    }
}
