using InterviewInsight.Modules.Engines.Vision.Frames;

namespace InterviewInsight.Tests.Engines.Vision.Frames;

[Trait("Category", "Integration")]
public sealed class FrameReaderTests
{
    [Theory]
    [InlineData("5", 15)]
    [InlineData("2", 6)]
    [InlineData("all", 75)]
    [InlineData("0", 75)]
    public void Given_a_3_s_25_fps_clip_When_sampling_Then_the_read_loop_counts_75_frames_and_samples_the_rate(string rate, int expectedSampled)
    {
        // Arrange
        var reader = new FrameReader(VisionTestMedia.Video("A_grid_swwp2s"), FrameSamplingRate.Parse(rate));

        // Act
        var timestamps = new List<double>();
        foreach (var frame in reader.ReadFrames())
        {
            using (frame)
            {
                frame.Image.Empty().ShouldBeFalse();
                timestamps.Add(frame.TimestampSeconds);
            }
        }

        // Assert
        reader.FramesRead.ShouldBe(75);
        reader.FramesSampled.ShouldBe(expectedSampled);
        timestamps.Count.ShouldBe(expectedSampled);
        timestamps[0].ShouldBe(0, 1e-6);
        timestamps.ShouldBeInOrder(SortDirection.Ascending);
        reader.LastTimestampSeconds.ShouldBe(2.96, 1e-6);
    }

    [Fact]
    public void Given_a_reader_When_not_enumerated_Then_nothing_is_decoded()
    {
        // Arrange
        var reader = new FrameReader(VisionTestMedia.Video("A_grid_swwp2s"), FrameSamplingRate.Default);

        // Act
        var first = reader.ReadFrames().Take(2).ToList();
        first.ForEach(f => f.Dispose());

        // Assert: lazy, so only the frames up to the second sample were decoded.
        first.Count.ShouldBe(2);
        reader.FramesRead.ShouldBeLessThanOrEqualTo(6);
    }
}
