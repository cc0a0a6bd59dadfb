namespace InterviewInsight.Modules.Engines.Speech.Quality;

/// <summary>Audio quality thresholds (configurable starting values).</summary>
internal sealed record AudioQualityOptions
{
    public static AudioQualityOptions Default { get; } = new();

    /// <summary>Less detected speech than this counts as silent.</summary>
    public double MinSpeechSeconds { get; init; } = 0.5;

    /// <summary>Speech RMS below this (dBFS) is very quiet; normal close-microphone speech sits around -30 to -15 dBFS.</summary>
    public double QuietSpeechRmsDb { get; init; } = -35;

    /// <summary>A peak below this (dBFS) is very quiet whatever the VAD says.</summary>
    public double QuietPeakDb { get; init; } = -25;

    /// <summary>Samples at or above this magnitude count as clipped.</summary>
    public double ClipLevel { get; init; } = 0.99;

    /// <summary>More than this share of clipped samples flags the recording (0.1 %: audible distortion).</summary>
    public double MaxClippedShare { get; init; } = 0.001;

    /// <summary>Mean word confidence below this flags the transcript.</summary>
    public double MinMeanWordConfidence { get; init; } = 0.6;
}
