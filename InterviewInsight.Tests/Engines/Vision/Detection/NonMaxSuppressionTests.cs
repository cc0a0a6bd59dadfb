using InterviewInsight.Modules.Engines.Vision.Detection;
using OpenCvSharp;

namespace InterviewInsight.Tests.Engines.Vision.Detection;

public sealed class NonMaxSuppressionTests
{
    [Fact]
    public void Given_two_overlapping_boxes_and_one_apart_When_suppressing_Then_the_best_of_the_pair_and_the_lone_box_remain()
    {
        // Arrange
        FaceDetection[] boxes =
        [
            Box(0, 0, 100, 0.7f),
            Box(10, 5, 100, 0.9f),
            Box(300, 300, 80, 0.8f),
        ];

        // Act
        var kept = NonMaxSuppression.Apply(boxes, 0.3f);

        // Assert
        kept.Select(k => k.Score).ShouldBe([0.9f, 0.8f]);
        NonMaxSuppression.IntersectionOverUnion(boxes[0].Box, boxes[1].Box).ShouldBeGreaterThan(0.7f);
    }

    [Fact]
    public void Given_a_large_off_centre_face_and_a_central_one_When_ranking_Then_the_central_one_of_similar_size_leads()
    {
        // Arrange: 640x480 frame; a central 120 px face and a 125 px face in the corner.
        FaceDetection[] faces = [Box(0, 0, 125, 0.9f), Box(260, 180, 120, 0.9f)];

        // Act
        var ranked = FaceSelector.Rank(faces, new Size(640, 480));

        // Assert
        ranked[0].Box.X.ShouldBe(260);
        FaceSelector.CountPeople(faces, ranked[0]).ShouldBe(2);
    }

    private static FaceDetection Box(float x, float y, float side, float score) =>
        new(new Rect2f(x, y, side, side), new Point2f(x + (side * 0.3f), y + (side * 0.4f)), new Point2f(x + (side * 0.7f), y + (side * 0.4f)), score);
}
