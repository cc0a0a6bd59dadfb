namespace InterviewInsight.Modules.Live.Upload;

/// <summary>A row of the upload page's question list: when the question was asked (m:ss or seconds) and its text.</summary>
internal sealed class QuestionRow
{
    public string AskedAt { get; set; } = "0:00";

    public string Question { get; set; } = "";

    /// <summary>Parses "m:ss", "h:mm:ss" or plain seconds; null when it is none of those.</summary>
    public static double? ParseTime(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        double seconds = 0;
        foreach (var part in text.Trim().Split(':'))
        {
            if (!double.TryParse(part, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var value) || value < 0)
            {
                return null;
            }

            seconds = (seconds * 60) + value;
        }

        return seconds;
    }
}
