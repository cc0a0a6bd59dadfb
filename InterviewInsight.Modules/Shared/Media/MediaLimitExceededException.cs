namespace InterviewInsight.Modules.Shared.Media;

/// <summary>A readable recording over one of the <c>Media</c> section's limits; the message names the limit and what was found.</summary>
public sealed class MediaLimitExceededException(string message) : Exception(message);
