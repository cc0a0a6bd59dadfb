namespace InterviewInsight.Modules.Tooling.Accuracy.Vision;

/// <summary>
/// What the shared test media show, transcribed from testdata/MANIFEST.md (collector judgement unless it says "label:").
/// Kept in one place so the accuracy report and the tests agree on the ground truth.
/// </summary>
internal static class TestDataLabels
{
    /// <summary>Talking-face clips whose person looks at or near the camera.</summary>
    public static readonly string[] AtCameraClips =
    [
        "A_grid_brbk7n", "A_grid_lbax4n", "A_grid_lrwp9a", "A_grid_pwij3p", "A_grid_sbwe5n", "A_grid_swwp2s",
        "A_lrs2_00002", "A_lrs2_00006", "A_hdtf_vr1", "A_hdtf_vr2", "A_hdtf_vr3", "A_hdtf_WDA_AlexandriaOcasioCortez_000",
        "A_mimictalk_Trump_10s", "A_mimictalk_May_5s", "A_clm_cap13_edit2", "A_lp_d19", "A_clm_franck_000-060",
    ];

    /// <summary>Clips whose person looks off-camera (interview crops, strict side profile).</summary>
    public static readonly string[] AwayClips =
        ["A_lrs2_00001", "A_lrs2_00024", "A_vox_00015", "A_vox_00086", "A_vox_741400104", "A_3ddfa_side_profile"];

    /// <summary>Clips with clear head turns or movement, against the steady frontal addresses.</summary>
    public static readonly string[] HeadTurnClips = ["A_lp_d3", "A_vox_741400104", "A_lrs2_00016", "A_3ddfa_side_profile"];

    public static readonly string[] SteadyClips =
        ["A_grid_brbk7n", "A_grid_lbax4n", "A_grid_sbwe5n", "A_hdtf_vr1", "A_hdtf_vr2", "A_mimictalk_May_5s"];

    /// <summary>Clips that are not in either gaze group (posed expressions, mixed gaze), still with a face throughout.</summary>
    public static readonly string[] OtherFaceClips = ["A_lrs2_00008", "A_lrs2_00016", "A_lp_d3"];

    public static readonly string[] AtCameraStills = ["C_still_grid_lrwp9a_t2.2s_atcamera.jpg"];

    public static readonly string[] AwayStills = ["C_still_side_profile_t2s_away.jpg", "C_still_vox_00086_t3.5s_away.jpg"];

    /// <summary>FER-2013 folder names mapped onto the face-api model's labels.</summary>
    public static readonly IReadOnlyDictionary<string, string> FerToModelLabel = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["angry"] = "angry", ["disgust"] = "disgusted", ["fear"] = "fearful", ["happy"] = "happy",
        ["neutral"] = "neutral", ["sad"] = "sad", ["surprise"] = "surprised",
    };

    public static IEnumerable<string> AllFaceClips => AtCameraClips.Concat(AwayClips).Concat(OtherFaceClips).Distinct();

    /// <summary>The expression label of a labelled photo (C_faceapi_happy.jpg, C_fer2013_sad_...jpg), or null.</summary>
    public static string? ExpressionLabel(string fileName)
    {
        var parts = Path.GetFileNameWithoutExtension(fileName).Split('_');
        return parts switch
        {
            ["C", "faceapi", var label] => label,
            ["C", "fer2013", var label, ..] => FerToModelLabel.GetValueOrDefault(label),
            _ => null,
        };
    }
}
