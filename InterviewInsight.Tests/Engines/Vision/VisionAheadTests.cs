using InterviewInsight.Modules.Analysis.Runs;
using InterviewInsight.Modules.Engines;
using InterviewInsight.Modules.Engines.Vision;
using InterviewInsight.Modules.Shared.Configuration;
using InterviewInsight.Modules.Shared.Media;
using Microsoft.Extensions.Options;

namespace InterviewInsight.Tests.Engines.Vision;

[Collection(VisionCollection.Name)]
[Trait("Category", "Integration")]
public sealed class VisionAheadTests(VisionFixture fixture)
{
    [Fact]
    public async Task Given_the_first_answer_observed_ahead_and_stored_When_the_session_is_analysed_Then_only_the_rest_is_decoded_and_the_result_matches_one_pass()
    {
        // Arrange: 20 s of a real speaker; the first answer (0-10 s) was observed while the interview went on.
        var clip = VisionTestMedia.Ffmpeg($"-i \"{VisionTestMedia.Video("A_clm_franck_000-060")}\" -t 20 -c copy", Path.Combine(fixture.TempDir, "ahead.mp4"));
        var options = new VisionOptions();
        RecordingSpan[] answers = [new("a", 0, 10), new("b", 10, 20)];
        var store = new ObservedRangeStore(new JsonBesideRecording(new LocalMediaStore(Options.Create(new DataOptions { Path = fixture.TempDir }))));
        var key = ObservedRangeStore.KeyFor(Guid.NewGuid(), Guid.NewGuid());
        await store.SaveAsync(key, fixture.Analyzer.ObserveRange(clip, 0, 10, 0, options, CancellationToken.None), CancellationToken.None);

        // Act
        var onePass = fixture.Analyzer.Analyze(clip, options, answers);
        var merged = fixture.Analyzer.Summarise(fixture.Analyzer.Observe(clip, options, [store.Load(key)!], 20, CancellationToken.None), options, answers, null);

        // Assert: 5 fps over the 10 s left, and the same picture of the candidate as decoding it all at once.
        merged.Timings.FramesSampled.ShouldBeInRange(48, 52);
        ((double)merged.Whole.Frames.Sampled).ShouldBe(onePass.Whole.Frames.Sampled, 3);
        merged.Whole.FacePresentRatio.ShouldBe(onePass.Whole.FacePresentRatio, 0.03);
        merged.Whole.EyeContactRatio!.Value.ShouldBe(onePass.Whole.EyeContactRatio!.Value, 0.08);
        foreach (var (one, both) in onePass.Spans.Zip(merged.Spans))
        {
            ((double)both.Vision.Frames.Sampled).ShouldBe(one.Vision.Frames.Sampled, 2);
            both.Vision.EyeContactRatio!.Value.ShouldBe(one.Vision.EyeContactRatio!.Value, 0.1);
        }
    }

    [Fact]
    public void Given_ranges_observed_ahead_When_looking_for_what_is_left_Then_gaps_overlaps_and_other_engines_are_handled()
    {
        // Arrange
        ObservedRange Range(double from, double to, string engine = "e") => new(engine, from, to, []);

        // Act
        var disjoint = ObservedRange.Disjoint([Range(12, 20), Range(0, 10), Range(15, 25)]);
        var left = ObservedRange.Uncovered(disjoint, 30);

        // Assert
        disjoint.Select(r => (r.From, r.To)).ShouldBe([(0, 10), (12, 20)]);
        left.ShouldBe([(10, 12), (20, 30)]);
        ObservedRange.Uncovered([Range(0, 29.9)], 30).ShouldBeEmpty();
    }
}
