namespace InterviewInsight.Modules.Shared.Media;

public sealed class MediaTooLargeException(long limitBytes)
    : IOException($"The file is larger than the limit of {limitBytes / (1024 * 1024)} MB.")
{
    public long LimitBytes { get; } = limitBytes;
}
