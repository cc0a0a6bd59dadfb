using System.Globalization;

namespace InterviewInsight.Modules.Engines.Vision.Frames;

/// <summary>How many frames per second to analyse. Zero means every decoded frame (the high-accuracy mode).</summary>
internal readonly record struct FrameSamplingRate(double FramesPerSecond)
{
    public static FrameSamplingRate Default { get; } = new(5);

    public static FrameSamplingRate EveryFrame { get; } = new(0);

    public bool IsEveryFrame => FramesPerSecond <= 0;

    /// <summary>Parses "5", "2.5", "0" or "all".</summary>
    public static FrameSamplingRate Parse(string text) =>
        string.Equals(text.Trim(), "all", StringComparison.OrdinalIgnoreCase)
            ? EveryFrame
            : new(double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture));
}
