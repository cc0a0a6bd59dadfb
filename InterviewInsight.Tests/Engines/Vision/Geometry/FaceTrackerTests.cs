using InterviewInsight.Modules.Engines.Vision.Detection;
using InterviewInsight.Modules.Engines.Vision.Geometry;
using InterviewInsight.Modules.Engines.Vision.Landmarks;
using OpenCvSharp;

namespace InterviewInsight.Tests.Engines.Vision.Geometry;

public sealed class FaceTrackerTests
{
    [Fact]
    public void Given_detection_every_3_frames_When_meshes_keep_the_face_Then_the_detector_runs_on_frames_0_3_6()
    {
        // Arrange
        var tracker = new FaceTracker(detectEveryNFrames: 3);
        var detections = new List<int>();

        // Act
        for (var frame = 0; frame < 8; frame++)
        {
            if (tracker.NeedsDetection)
            {
                detections.Add(frame);
                tracker.OnDetected(new FaceRoi(100, 100, 150, 0));
            }

            tracker.OnLandmarks(Mesh(presence: 1f, shiftX: frame)).ShouldBeTrue();
        }

        // Assert
        detections.ShouldBe([0, 3, 6]);
    }

    [Fact]
    public void Given_a_tracked_face_When_the_mesh_loses_it_Then_the_next_frame_detects_again()
    {
        // Arrange
        var tracker = new FaceTracker(detectEveryNFrames: 100);
        tracker.OnDetected(new FaceRoi(100, 100, 150, 0));
        tracker.OnLandmarks(Mesh(1f, 0));

        // Act
        var kept = tracker.OnLandmarks(Mesh(0.1f, 0));

        // Assert
        kept.ShouldBeFalse();
        tracker.NeedsDetection.ShouldBeTrue();
        tracker.CurrentRoi.ShouldBeNull();
    }

    [Fact]
    public void Given_a_mesh_When_handing_off_to_the_next_frame_Then_the_roi_follows_the_face_and_contains_every_point()
    {
        // Arrange
        var mesh = Mesh(1f, shiftX: 40);

        // Act
        var roi = FaceRoi.FromLandmarks(mesh.Points);

        // Assert
        roi.CenterX.ShouldBe(140f, 0.5f);
        roi.CenterY.ShouldBe(100f, 0.5f);
        roi.AngleRadians.ShouldBe(0f, 1e-6f);
        foreach (var p in mesh.Points.Take(MeshIndex.MeshPointCount))
        {
            Math.Abs(p.X - roi.CenterX).ShouldBeLessThanOrEqualTo(roi.Side / 2);
            Math.Abs(p.Y - roi.CenterY).ShouldBeLessThanOrEqualTo(roi.Side / 2);
        }
    }

    [Fact]
    public void Given_a_detection_with_tilted_eyes_When_building_the_roi_Then_it_is_rotated_and_maps_the_crop_centre_to_the_face_centre()
    {
        // Arrange: eyes on a 45 degree line.
        var detection = new FaceDetection(new Rect2f(50, 50, 100, 100), new Point2f(80, 80), new Point2f(120, 120), 0.9f);

        // Act
        var roi = FaceRoi.FromDetection(detection);
        var centre = roi.ToImage(128, 128, 0, 256);

        // Assert
        roi.AngleRadians.ShouldBe((float)(Math.PI / 4), 1e-5f);
        roi.Side.ShouldBe(150f, 1e-3f);
        centre.X.ShouldBe(100f, 1e-3f);
        centre.Y.ShouldBe(100f, 1e-3f);
    }

    /// <summary>A synthetic mesh: points on a 100x120 grid around (100 + shift, 100), eye corners level.</summary>
    private static FaceLandmarks Mesh(float presence, float shiftX)
    {
        var points = new Point3f[MeshIndex.PointCountWithIrises];
        for (var i = 0; i < points.Length; i++)
        {
            points[i] = new Point3f(50 + shiftX + (i % 21 * 5), 40 + (i / 21 * 120f / 22), 0);
        }

        points[MeshIndex.ImageLeftEyeOuter] = new Point3f(70 + shiftX, 80, 0);
        points[MeshIndex.ImageRightEyeOuter] = new Point3f(130 + shiftX, 80, 0);
        return new FaceLandmarks(points, presence, new FaceRoi(100, 100, 150, 0));
    }
}
