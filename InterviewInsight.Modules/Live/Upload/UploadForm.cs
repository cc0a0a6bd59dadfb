namespace InterviewInsight.Modules.Live.Upload;

/// <summary>
/// The text fields of an upload, as the form posts them (multipart/form-data, before or after the file part).
/// Everything is optional except the file: an upload with no set-up still gets a complete analysis.
/// </summary>
internal sealed class UploadForm
{
    public const int MaxFieldLength = 20_000;

    public string? Role { get; set; }

    public string? Domain { get; set; }

    public string? Seniority { get; set; }

    public string? InterviewType { get; set; }

    public string? JobDescription { get; set; }

    /// <summary>JSON array of <see cref="UploadedQuestion"/>.</summary>
    public string? Questions { get; set; }

    /// <summary>"true", "on" or "1" consents to video analysis; anything else, or no field at all, means no.</summary>
    public string? ConsentVideo { get; set; }

    /// <summary>Like <see cref="ConsentVideo"/>, for facial expressions (which also need video consent).</summary>
    public string? ConsentExpressions { get; set; }

    /// <summary>"true"/"on"/"1" or "false"/"off"/"0"; no field = the account's default.</summary>
    public string? Accommodation { get; set; }

    /// <summary>Seconds at the start where the candidate looks at the camera (the gaze baseline); empty = estimate.</summary>
    public string? CalibrationSeconds { get; set; }

    public void Set(string name, string value)
    {
        switch (name)
        {
            case "role": Role = value; break;
            case "domain": Domain = value; break;
            case "seniority": Seniority = value; break;
            case "interviewType": InterviewType = value; break;
            case "jobDescription": JobDescription = value; break;
            case "questions": Questions = value; break;
            case "consentVideo": ConsentVideo = value; break;
            case "consentExpressions": ConsentExpressions = value; break;
            case "accommodation": Accommodation = value; break;
            case "calibrationSeconds": CalibrationSeconds = value; break;
            default: break; // Unknown fields are ignored, like any form post.
        }
    }
}
