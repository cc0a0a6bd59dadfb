using InterviewInsight.Modules.Engines.Vision.Geometry;
using OpenCvSharp;

namespace InterviewInsight.Tests.Engines.Vision.Geometry;

public sealed class GazeEstimatorTests
{
    [Fact]
    public void Given_an_iris_30_percent_along_the_eye_When_measuring_Then_the_ratios_are_0_3_and_the_lid_share()
    {
        // Arrange: corners at x=100 and x=140, lids at y=45 and y=55, iris at (112, 48).
        var (left, right, upper, lower, iris) = (new Point2f(100, 50), new Point2f(140, 50), new Point2f(120, 45), new Point2f(120, 55), new Point2f(112, 48));

        // Act
        var ratios = GazeEstimator.EyeRatios(iris, left, right, upper, lower);

        // Assert
        ratios.Horizontal.ShouldBe(0.3, 1e-6);
        ratios.Vertical.ShouldBe(0.3, 1e-6);
    }

    [Fact]
    public void Given_the_same_eye_rolled_by_30_degrees_When_measuring_Then_the_ratios_do_not_change()
    {
        // Arrange
        Point2f[] eye = [new(112, 48), new(100, 50), new(140, 50), new(120, 45), new(120, 55)];
        var rolled = eye.Select(p => Rotate(p, new Point2f(120, 50), 30)).ToArray();

        // Act
        var flat = GazeEstimator.EyeRatios(eye[0], eye[1], eye[2], eye[3], eye[4]);
        var tilted = GazeEstimator.EyeRatios(rolled[0], rolled[1], rolled[2], rolled[3], rolled[4]);

        // Assert
        tilted.Horizontal.ShouldBe(flat.Horizontal, 1e-4);
        tilted.Vertical.ShouldBe(flat.Vertical, 1e-4);
    }

    [Fact]
    public void Given_eye_aspect_ratios_of_an_open_and_a_nearly_closed_eye_When_computing_Then_closed_is_far_lower()
    {
        // Arrange: corner, upper x2, other corner, lower x2 (Soukupova and Cech order).
        Point2f[] open = [new(0, 0), new(10, -6), new(20, -6), new(30, 0), new(20, 6), new(10, 6)];
        Point2f[] closed = [new(0, 0), new(10, -1), new(20, -1), new(30, 0), new(20, 1), new(10, 1)];

        // Act
        var openEar = EyeAspectRatio.Compute(open);
        var closedEar = EyeAspectRatio.Compute(closed);

        // Assert
        openEar.ShouldBe(0.4, 1e-6);
        closedEar.ShouldBe(2.0 / 30, 1e-6);
    }

    private static Point2f Rotate(Point2f p, Point2f center, double degrees)
    {
        var a = degrees * Math.PI / 180;
        var (dx, dy) = (p.X - center.X, p.Y - center.Y);
        return new Point2f((float)(center.X + (dx * Math.Cos(a)) - (dy * Math.Sin(a))), (float)(center.Y + (dx * Math.Sin(a)) + (dy * Math.Cos(a))));
    }
}
