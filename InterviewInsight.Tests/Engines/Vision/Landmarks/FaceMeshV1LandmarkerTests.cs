using InterviewInsight.Modules.Engines.Vision;
using InterviewInsight.Modules.Engines.Vision.Detection;
using InterviewInsight.Modules.Engines.Vision.Geometry;
using InterviewInsight.Modules.Engines.Vision.Landmarks;
using OpenCvSharp;

namespace InterviewInsight.Tests.Engines.Vision.Landmarks;

/// <summary>
/// The registry-only landmark path (FaceMesh v1 + iris) on real photos, against Face Landmarker v2 on the same crop.
/// Measured: mean mesh distance 0.4-2.6 px on faces 30-253 px wide (under 1.2 % of the width), iris centres 0.1-3.8 px.
/// </summary>
[Collection(VisionCollection.Name)]
[Trait("Category", "Integration")]
public sealed class FaceMeshV1LandmarkerTests(VisionFixture fixture)
{
    public static TheoryData<string> FrontalPhotos => new()
    {
        "C_faceapi_angry.jpg", "C_faceapi_sad.jpg", "C_faceapi_surprised.jpg", "C_fr_obama_partial_face.jpg",
        "C_fr_two_people.jpg", "C_still_grid_lrwp9a_t2.2s_atcamera.jpg", "C_still_vox_00086_t3.5s_away.jpg",
    };

    [Theory]
    [MemberData(nameof(FrontalPhotos))]
    public void Given_a_frontal_photo_When_meshing_with_FaceMesh_v1_Then_the_face_is_found_and_the_mesh_lies_on_Landmarker_v2s(string photo)
    {
        // Arrange: both models see the same crop, the one v2's own mesh gives (MediaPipe's tracking step)
        using var image = Cv2.ImRead(VisionTestMedia.Image(photo));
        var v2 = fixture.Models.Landmarker(LandmarkPath.LandmarkerV2);
        var roi = FaceRoi.FromLandmarks(v2.Run(image, FaceRoi.FromDetection(LargestFace(image))).Points);
        var reference = v2.Run(image, roi);

        // Act
        var mesh = fixture.Models.Landmarker(LandmarkPath.FaceMeshV1).Run(image, roi);

        // Assert
        mesh.Points.Count.ShouldBe(MeshIndex.PointCountWithIrises);
        mesh.Presence.ShouldBeGreaterThan(0.9f);
        var faceWidth = reference.Bounds.Width;
        var meanDistance = Enumerable.Range(0, MeshIndex.MeshPointCount).Average(i => Point2f.Distance(mesh[i], reference[i]));
        meanDistance.ShouldBeLessThan(0.03 * faceWidth, $"mean mesh distance {meanDistance:F1} px on a {faceWidth:F0} px face");
        foreach (var iris in new[] { MeshIndex.ImageLeftIrisCenter, MeshIndex.ImageRightIrisCenter })
        {
            Point2f.Distance(mesh[iris], reference[iris]).ShouldBeLessThan(0.03 * faceWidth, $"iris {iris}");
        }
    }

    [Theory]
    [MemberData(nameof(FrontalPhotos))]
    public void Given_a_frontal_photo_When_meshing_with_FaceMesh_v1_Then_each_iris_centre_sits_inside_its_eye_in_v2s_order(string photo)
    {
        // Arrange
        using var image = Cv2.ImRead(VisionTestMedia.Image(photo));

        // Act
        var mesh = fixture.Models.Landmarker(LandmarkPath.FaceMeshV1).Run(image, FaceRoi.FromDetection(LargestFace(image)));

        // Assert: between the corners and between the lids, and each ring point (469-472, 474-477) on the same side as v2's
        var left = GazeEstimator.EyeRatios(
            mesh[MeshIndex.ImageLeftIrisCenter], mesh[MeshIndex.ImageLeftEyeOuter], mesh[MeshIndex.ImageLeftEyeInner],
            mesh[MeshIndex.ImageLeftEyeUpperLid], mesh[MeshIndex.ImageLeftEyeLowerLid]);
        var right = GazeEstimator.EyeRatios(
            mesh[MeshIndex.ImageRightIrisCenter], mesh[MeshIndex.ImageRightEyeInner], mesh[MeshIndex.ImageRightEyeOuter],
            mesh[MeshIndex.ImageRightEyeUpperLid], mesh[MeshIndex.ImageRightEyeLowerLid]);
        foreach (var eye in new[] { left, right })
        {
            eye.Horizontal.ShouldBeInRange(0.2, 0.8);
            eye.Vertical.ShouldBeInRange(0.0, 1.0);
        }

        foreach (var centre in new[] { MeshIndex.ImageLeftIrisCenter, MeshIndex.ImageRightIrisCenter })
        {
            // MediaPipe's ring order: image-right, up, image-left, down of the centre.
            (mesh[centre + 1].X - mesh[centre].X).ShouldBeGreaterThan(0);
            (mesh[centre + 2].Y - mesh[centre].Y).ShouldBeLessThan(0);
            (mesh[centre + 3].X - mesh[centre].X).ShouldBeLessThan(0);
            (mesh[centre + 4].Y - mesh[centre].Y).ShouldBeGreaterThan(0);
        }
    }

    [Fact]
    public void Given_happy_and_neutral_photos_When_analysed_on_FaceMesh_v1_Then_the_geometry_smile_is_visible_only_on_the_happy_ones()
    {
        // Arrange
        var options = new VisionOptions { Landmarks = LandmarkPath.FaceMeshV1 };
        string[] happy = ["C_faceapi_happy.jpg", "C_fer2013_happy_PrivateTest_10077120.jpg", "C_fer2013_happy_PrivateTest_10736786.jpg"];
        string[] neutral = ["C_still_grid_lrwp9a_t2.2s_atcamera.jpg", "C_fer2013_neutral_PrivateTest_10086748.jpg", "C_fer2013_neutral_PrivateTest_10767287.jpg"];

        // Act
        double Smile(string photo)
        {
            using var image = Cv2.ImRead(VisionTestMedia.Image(photo));
            return fixture.Analyzer.AnalyzeImage(image, options).Smile.ShouldNotBeNull(photo);
        }

        var happySmiles = happy.Select(Smile).ToList();
        var neutralSmiles = neutral.Select(Smile).ToList();

        // Assert: the same 0.5 threshold the blendshape path uses
        happySmiles.ShouldAllBe(s => s >= 0.5);
        neutralSmiles.ShouldAllBe(s => s < 0.5);
        happySmiles.Min().ShouldBeGreaterThan(neutralSmiles.Max());
    }

    [Fact]
    public void Given_the_GRID_clip_labelled_blinking_When_meshed_frame_by_frame_on_FaceMesh_v1_Then_the_eyelids_close_at_the_blink()
    {
        // Arrange: testdata/MANIFEST.md labels A_grid_lrwp9a "frontal, looking at camera, neutral, blinks" (3 s, 25 fps)
        var options = new VisionOptions { Landmarks = LandmarkPath.FaceMeshV1 };
        using var video = new VideoCapture(VisionTestMedia.Video("A_grid_lrwp9a"));
        using var frame = new Mat();
        var eyeAspectRatios = new List<double>();

        // Act
        while (video.Read(frame) && !frame.Empty())
        {
            eyeAspectRatios.Add(fixture.Analyzer.AnalyzeImage(frame, options).EyeAspectRatio.ShouldNotBeNull());
        }

        // Assert: against the open-eye level (the median), the iris model's eyelids dip to 0.67 and 0.60 at the clip's two
        // blinks; FaceMesh v1's own lids reached only 0.79, Face Landmarker v2's reach 0.55 and 0.35 (BlinkCounter counts a
        // blink below 0.6).
        eyeAspectRatios.Count.ShouldBe(75);
        var open = eyeAspectRatios.Order().ElementAt(eyeAspectRatios.Count / 2);
        eyeAspectRatios.Min().ShouldBeLessThan(0.72 * open);
        eyeAspectRatios.Count(e => e < 0.85 * open).ShouldBeInRange(5, 30);
    }

    private FaceDetection LargestFace(Mat image) =>
        FaceSelector.Rank(fixture.Models.Detector(FaceDetectorKind.BlazeFace).Detect(image), image.Size()).First();
}
