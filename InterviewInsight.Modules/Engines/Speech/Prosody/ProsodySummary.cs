namespace InterviewInsight.Modules.Engines.Speech.Prosody;

/// <summary>The <c>pitch</c> object of the result JSON. Variation is relative to the speaker's own median (section 6).</summary>
/// <param name="MedianHz">Median voiced pitch; null when no voiced frame was found.</param>
/// <param name="VariationSemitones">Standard deviation of 12·log2(f / median) over voiced frames; null without voice.</param>
/// <param name="VoicedSeconds">Time with a detected pitch.</param>
/// <param name="MonotoneStretches">Windows whose pitch varied less than the monotone threshold, merged.</param>
public sealed record PitchSummary(double? MedianHz, double? VariationSemitones, double VoicedSeconds, IReadOnlyList<MonotoneStretch> MonotoneStretches);

/// <summary>A flat-sounding stretch: pitch standard deviation (semitones) below the threshold over the stretch.</summary>
public sealed record MonotoneStretch(double Start, double End, double StdSemitones);

/// <summary>The <c>energy</c> object of the result JSON: vocal loudness over speech frames (RMS dBFS, 25 ms).</summary>
/// <param name="MeanDb">Mean frame level during speech; null without speech.</param>
/// <param name="VariationDb">Standard deviation of frame levels during speech (dB); null without speech.</param>
/// <param name="PeakDb">95th percentile frame level during speech; null without speech.</param>
public sealed record EnergySummary(double? MeanDb, double? VariationDb, double? PeakDb);
