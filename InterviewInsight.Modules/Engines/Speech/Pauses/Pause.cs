namespace InterviewInsight.Modules.Engines.Speech.Pauses;

/// <summary>A silence between two speech segments, in seconds on the recording's clock.</summary>
public sealed record Pause(double Start, double End)
{
    public double Duration => End - Start;
}
