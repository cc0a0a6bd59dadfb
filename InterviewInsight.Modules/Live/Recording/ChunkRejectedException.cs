namespace InterviewInsight.Modules.Live.Recording;

internal sealed class ChunkRejectedException(int statusCode, string message) : Exception(message)
{
    public int StatusCode { get; } = statusCode;
}
