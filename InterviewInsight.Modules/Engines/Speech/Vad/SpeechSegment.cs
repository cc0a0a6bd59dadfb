namespace InterviewInsight.Modules.Engines.Speech.Vad;

/// <summary>A stretch of detected speech, in seconds on the recording's clock.</summary>
internal sealed record SpeechSegment(double Start, double End)
{
    public double Duration => End - Start;
}
