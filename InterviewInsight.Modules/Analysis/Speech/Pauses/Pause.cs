namespace InterviewInsight.Modules.Analysis.Speech.Pauses;

/// <summary>A silence between two speech segments, in seconds on the recording's clock.</summary>
internal sealed record Pause(double Start, double End)
{
    public double Duration => End - Start;
}
