using System.Globalization;
using InterviewInsight.Modules.Engines.Quality;
using InterviewInsight.Modules.Engines.Speech.Audio;
using InterviewInsight.Modules.Engines.Speech.Transcription;
using InterviewInsight.Modules.Engines.Speech.Vad;

namespace InterviewInsight.Modules.Engines.Speech.Quality;

/// <summary>
/// Audio quality gates (docs/architecture.md, "Evidence bands"): say what is wrong instead of scoring bad input. Pure: it looks at the samples,
/// the VAD segments and the transcript.
/// </summary>
internal static class AudioQualityGate
{
    public const string Modality = "audio";

    public static IReadOnlyList<QualityFlag> Check(
        float[] samples, IReadOnlyList<SpeechSegment> speech, Transcript? transcript, AudioQualityOptions? options = null)
    {
        options ??= AudioQualityOptions.Default;
        var flags = new List<QualityFlag>();
        var speechSeconds = speech.Sum(s => s.Duration);
        var peakDb = AudioLevels.ToDb(AudioLevels.Peak(samples));
        var speechRmsDb = AudioLevels.ToDb(SpeechRms(samples, speech));

        if (speechSeconds < options.MinSpeechSeconds)
        {
            flags.Add(Flag("silent", $"No speech was detected ({Format(speechSeconds)} s of speech in {Format(samples.Length / (double)WavReader.SampleRate)} s); check that the microphone was on and not muted."));
        }

        var quietPeak = peakDb < options.QuietPeakDb && peakDb > AudioLevels.SilenceFloorDb;
        var quietSpeech = speechSeconds >= options.MinSpeechSeconds && speechRmsDb < options.QuietSpeechRmsDb;
        if (quietPeak || quietSpeech)
        {
            flags.Add(Flag("too_quiet", $"The recording is very quiet (peak {Format(peakDb)} dBFS, speech level {Format(speechRmsDb)} dBFS); move closer to the microphone or raise its input level."));
        }

        var clippedShare = ClippedShare(samples, options.ClipLevel);
        if (clippedShare > options.MaxClippedShare)
        {
            flags.Add(Flag("clipped", $"{Format(clippedShare * 100)} % of the audio is at full scale (clipped), which distorts the voice; lower the microphone input level."));
        }

        if (transcript is { Words.Count: > 0 })
        {
            var confidence = transcript.Words.Average(w => w.Confidence);
            if (confidence < options.MinMeanWordConfidence)
            {
                flags.Add(Flag("low_confidence_transcript", $"The speech recogniser was unsure of many words (mean confidence {Format(confidence)}); word-based metrics are less reliable."));
            }
        }

        if (transcript is { LowAccuracy: true })
        {
            flags.Add(Flag("low_accuracy_engine", $"The transcript comes from {transcript.Engine}, a low-accuracy offline engine; expect wrong words."));
        }

        return flags;
    }

    private static double SpeechRms(float[] samples, IReadOnlyList<SpeechSegment> speech)
    {
        double sum = 0;
        long count = 0;
        foreach (var segment in speech)
        {
            var start = AudioLevels.ToSampleIndex(segment.Start, samples.Length);
            var end = AudioLevels.ToSampleIndex(segment.End, samples.Length);
            for (var i = start; i < end; i++)
            {
                sum += samples[i] * (double)samples[i];
            }

            count += end - start;
        }

        return count > 0 ? Math.Sqrt(sum / count) : 0;
    }

    private static double ClippedShare(float[] samples, double level) =>
        samples.Length == 0 ? 0 : samples.Count(s => Math.Abs(s) >= level) / (double)samples.Length;

    private static QualityFlag Flag(string code, string message) => new(Modality, code, message);

    private static string Format(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);
}
