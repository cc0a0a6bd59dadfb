using InterviewInsight.Modules.Engines.Vision.Geometry;
using OpenCvSharp;

namespace InterviewInsight.Tests.Engines.Vision.Geometry;

public sealed class HeadPoseEstimatorTests
{
    private static readonly Size Image = new(640, 480);

    [Theory]
    [InlineData(0, 0, 0)]
    [InlineData(25, 0, 0)]
    [InlineData(-30, 5, 0)]
    [InlineData(0, 15, 0)]
    [InlineData(0, -12, 8)]
    [InlineData(18, -10, -6)]
    public void Given_landmarks_projected_from_a_known_rotation_When_estimating_Then_the_angles_come_back(double yaw, double pitch, double roll)
    {
        // Arrange
        var points = Project(yaw, pitch, roll);

        // Act
        var pose = HeadPoseEstimator.Estimate(points, Image);

        // Assert
        pose.YawDegrees.ShouldBe(yaw, 0.5);
        pose.PitchDegrees.ShouldBe(pitch, 0.5);
        pose.RollDegrees.ShouldBe(roll, 0.5);
    }

    [Fact]
    public void Given_a_positive_yaw_When_projecting_Then_the_nose_moves_toward_image_left_of_the_eyes()
    {
        // Arrange: +yaw is documented as "face turned toward image-left".
        var points = Project(30, 0, 0);
        var eyeMidX = (points[2].X + points[3].X) / 2;

        // Act
        var pose = HeadPoseEstimator.Estimate(points, Image);

        // Assert
        points[0].X.ShouldBeLessThan(eyeMidX);
        pose.YawDegrees.ShouldBeGreaterThan(0);
    }

    /// <summary>Rotates the generic model (R = Rz(roll) Ry(yaw) Rx(pitch)), puts it 2 m in front of a 640 px camera and projects it.</summary>
    internal static Point2f[] Project(double yawDeg, double pitchDeg, double rollDeg)
    {
        var (y, p, r) = (yawDeg * Math.PI / 180, pitchDeg * Math.PI / 180, rollDeg * Math.PI / 180);
        double[,] rx = { { 1, 0, 0 }, { 0, Math.Cos(p), -Math.Sin(p) }, { 0, Math.Sin(p), Math.Cos(p) } };
        double[,] ry = { { Math.Cos(y), 0, Math.Sin(y) }, { 0, 1, 0 }, { -Math.Sin(y), 0, Math.Cos(y) } };
        double[,] rz = { { Math.Cos(r), -Math.Sin(r), 0 }, { Math.Sin(r), Math.Cos(r), 0 }, { 0, 0, 1 } };
        var rotation = Multiply(rz, Multiply(ry, rx));
        HeadPoseEstimator.FromRotationMatrix(rotation).YawDegrees.ShouldBe(yawDeg, 1e-6);

        const double focal = 640, distance = 2000;
        return HeadPoseEstimator.ModelPoints.Select(m =>
        {
            var x = (rotation[0, 0] * m.X) + (rotation[0, 1] * m.Y) + (rotation[0, 2] * m.Z);
            var yy = (rotation[1, 0] * m.X) + (rotation[1, 1] * m.Y) + (rotation[1, 2] * m.Z);
            var z = (rotation[2, 0] * m.X) + (rotation[2, 1] * m.Y) + (rotation[2, 2] * m.Z) + distance;
            return new Point2f((float)((focal * x / z) + 320), (float)((focal * yy / z) + 240));
        }).ToArray();
    }

    private static double[,] Multiply(double[,] a, double[,] b)
    {
        var c = new double[3, 3];
        for (var i = 0; i < 3; i++)
        {
            for (var j = 0; j < 3; j++)
            {
                for (var k = 0; k < 3; k++)
                {
                    c[i, j] += a[i, k] * b[k, j];
                }
            }
        }

        return c;
    }
}
