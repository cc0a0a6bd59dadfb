namespace InterviewInsight.Modules.Live.Upload;

/// <summary>An upload that cannot become a session, with the HTTP status and a message the user can act on.</summary>
internal sealed class UploadRejectedException(int statusCode, string message) : Exception(message)
{
    public int StatusCode { get; } = statusCode;
}
