using InterviewInsight.Modules.Live.Contracts;

namespace InterviewInsight.Modules.Live.Sessions;

/// <summary>Rejects set-ups no interview can be planned from, with messages a candidate can act on.</summary>
internal static class SessionSetUpValidator
{
    public const int MaxJobDescriptionLength = 20_000;

    public const string UnknownQuestionSet = "That question set is neither yours nor assigned to you; choose another set or the question bank.";

    public static IReadOnlyList<string> Validate(SessionSetUp setUp)
    {
        var errors = new List<string>();
        if (string.IsNullOrWhiteSpace(setUp.Role) || setUp.Role.Length > 200)
        {
            errors.Add("Enter the role you are practising for (up to 200 characters).");
        }

        if (setUp.Domain?.Length > 200)
        {
            errors.Add("The domain can be at most 200 characters.");
        }

        if (setUp.InterviewerVoice?.Length > 200)
        {
            errors.Add("The interviewer voice name is too long.");
        }

        if (setUp.InterviewerRate is < 0.7 or > 1.5 || double.IsNaN(setUp.InterviewerRate))
        {
            errors.Add("Choose an interviewer speed between 0.7 and 1.5.");
        }

        if (setUp.QuestionCount is < 1 or > 20)
        {
            errors.Add("Choose between 1 and 20 questions.");
        }

        if (setUp.JobDescription?.Length > MaxJobDescriptionLength)
        {
            errors.Add($"The job description can be at most {MaxJobDescriptionLength:N0} characters.");
        }

        if (!setUp.Consent.Audio && !setUp.Consent.Video)
        {
            errors.Add("Allow at least one analysis (audio or video), or there is nothing to give feedback on.");
        }

        return errors;
    }

    public static void ThrowIfInvalid(SessionSetUp setUp)
    {
        var errors = Validate(setUp);
        if (errors.Count > 0)
        {
            throw new ArgumentException(string.Join(" ", errors), nameof(setUp));
        }
    }
}
