using System.ComponentModel.DataAnnotations;
using InterviewInsight.Modules.Engines.Vision;
using InterviewInsight.Modules.Shared.Configuration;
using InterviewInsight.Tests.TestInfrastructure;

namespace InterviewInsight.Tests.Engines.Vision;

/// <summary>Which landmark path runs follows the installed files unless configuration forces one.</summary>
public sealed class LandmarkPathSelectionTests
{
    [Fact]
    public void Given_both_landmark_sets_installed_When_resolving_auto_Then_Landmarker_v2_runs_and_a_forced_path_is_kept()
    {
        // Arrange
        var files = new VisionModelFiles(TestAssets.ModelsDir);

        // Act + Assert
        files.Resolve(LandmarkPath.Auto).ShouldBe(LandmarkPath.LandmarkerV2);
        files.Resolve(LandmarkPath.FaceMeshV1).ShouldBe(LandmarkPath.FaceMeshV1);
        files.InstalledLandmarkPaths().ShouldBe([LandmarkPath.LandmarkerV2, LandmarkPath.FaceMeshV1]);
        files.MissingForPresence(FaceDetectorKind.BlazeFace).ShouldBeEmpty();
    }

    [Theory]
    [InlineData(VisionModelFiles.FaceLandmarkerFile)]
    [InlineData(VisionModelFiles.BlendshapesFile)]
    public void Given_the_Landmarker_v2_set_incomplete_When_resolving_auto_Then_FaceMesh_v1_runs_and_presence_is_available(string leftOut)
    {
        // Arrange
        var files = new VisionModelFiles(PartialModels.Without("vision/" + leftOut));

        // Act
        var path = files.Resolve(LandmarkPath.Auto);

        // Assert
        path.ShouldBe(LandmarkPath.FaceMeshV1);
        files.MissingForPresence(FaceDetectorKind.BlazeFace).ShouldBeEmpty();
        files.MissingForPresence(FaceDetectorKind.BlazeFace, LandmarkPath.LandmarkerV2).ShouldBe([leftOut]);
    }

    [Fact]
    public void Given_neither_landmark_set_When_checking_presence_Then_the_one_entry_names_both_sets_as_alternatives()
    {
        // Arrange
        var files = new VisionModelFiles(PartialModels.Without([.. PartialModels.AllVisionLandmarks.Take(3)]));

        // Act
        var missing = files.MissingForPresence(FaceDetectorKind.BlazeFace);

        // Assert: iris is still installed, so only the FaceMesh v1 file is named on its side
        var entry = missing.ShouldHaveSingleItem();
        entry.ShouldContain(VisionModelFiles.FaceMeshV1File);
        entry.ShouldNotContain(VisionModelFiles.IrisFile);
        entry.ShouldContain(VisionModelFiles.FaceLandmarkerFile + " + " + VisionModelFiles.BlendshapesFile);
        entry.ShouldContain(" or ");
    }

    [Theory]
    [InlineData("auto", nameof(LandmarkPath.Auto))]
    [InlineData("Landmarker-V2", nameof(LandmarkPath.LandmarkerV2))]
    [InlineData("facemesh-v1", nameof(LandmarkPath.FaceMeshV1))]
    public void Given_a_configured_landmark_path_When_parsing_Then_it_maps_to_the_path(string configured, string expected)
    {
        // Arrange
        var options = new AnalysisOptions { VisionLandmarks = configured };

        // Act + Assert
        LandmarkPaths.Parse(configured).ShouldBe(Enum.Parse<LandmarkPath>(expected));
        Validator.TryValidateObject(options, new ValidationContext(options), [], validateAllProperties: true).ShouldBeTrue();
    }

    [Fact]
    public void Given_an_unknown_landmark_path_in_configuration_When_validating_at_start_up_Then_the_error_names_the_key()
    {
        // Arrange
        var options = new AnalysisOptions { VisionLandmarks = "facemesh-v3" };
        var errors = new List<ValidationResult>();

        // Act
        var valid = Validator.TryValidateObject(options, new ValidationContext(options), errors, validateAllProperties: true);

        // Assert
        valid.ShouldBeFalse();
        errors.ShouldHaveSingleItem().ErrorMessage.ShouldBe("Analysis:VisionLandmarks must be auto, landmarker-v2 or facemesh-v1.");
        Should.Throw<ArgumentException>(() => LandmarkPaths.Parse("facemesh-v3"));
    }
}
