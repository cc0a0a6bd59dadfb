using InterviewInsight.Modules.Engines.Vision.Aggregation;

namespace InterviewInsight.Tests.Engines.Vision.Aggregation;

public sealed class HeadGestureCounterTests
{
    [Fact]
    public void Given_three_nods_of_10_degrees_at_5_fps_When_counting_Then_three_are_found()
    {
        // Arrange: one nod = down and back up over 1 s, with 1 s of stillness between nods.
        var pitch = new List<TimedValue>();
        for (var i = 0; i < 30; i++)
        {
            var t = i * 0.2;
            var phase = t % 2.0;
            pitch.Add(new TimedValue(t, phase < 1.0 ? 10 * Math.Sin(Math.PI * phase) : 0));
        }

        // Act
        var nods = HeadGestureCounter.Count(pitch, HeadGestureCounter.NodSwingDegrees);

        // Assert
        nods.ShouldBe(3);
    }

    [Fact]
    public void Given_slow_drift_and_small_jitter_When_counting_Then_no_gesture_is_found()
    {
        // Arrange: 20 degrees of drift over 12 s plus 2 degree jitter.
        var yaw = Enumerable.Range(0, 60).Select(i => new TimedValue(i * 0.2, (i * 0.33) + (i % 2 == 0 ? 1 : -1))).ToList();

        // Act
        var shakes = HeadGestureCounter.Count(yaw, HeadGestureCounter.ShakeSwingDegrees);

        // Assert
        shakes.ShouldBe(0);
    }
}
