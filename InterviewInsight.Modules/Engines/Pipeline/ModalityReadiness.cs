using InterviewInsight.Modules.Engines.Quality;
using InterviewInsight.Modules.Engines.Vision;

namespace InterviewInsight.Modules.Engines.Pipeline;

/// <summary>
/// Which modalities of a recording their engines can measure, checked from the installed files before any media is
/// decoded: speech needs the VAD model and a speech-to-text engine, content needs speech, presence needs the face
/// detector and one complete landmark set (Face Landmarker v2 + blendshapes, or FaceMesh v1 + iris), and expressions (optional) need the expression model. A modality
/// whose engines are missing is left out with an <c>engine-unavailable</c> quality flag; only when nothing the recording
/// holds can be measured does the run fail, at once, naming what is missing.
/// </summary>
internal sealed record ModalityReadiness
{
    public const string InstallHint = "An administrator can install the missing models with 'models install'.";

    /// <summary>The recording has audio and voice analysis is consented.</summary>
    public bool SpeechWanted { get; init; }

    /// <summary>The recording has video and video analysis is consented.</summary>
    public bool VisionWanted { get; init; }

    /// <summary>Why speech cannot run (null when it can or is not wanted), e.g. "the voice activity model (silero_vad_v6.onnx) is not installed".</summary>
    public string? SpeechMissing { get; init; }

    /// <summary>The vision model files presence needs that are not installed (empty when it can run or is not wanted).</summary>
    public IReadOnlyList<string> VisionMissing { get; init; } = [];

    /// <summary>The expression model, when expressions are wanted and it is not installed.</summary>
    public string? ExpressionsMissing { get; init; }

    /// <summary>What the recording cannot have whatever is installed, for the failure reason ("the recording has no video").</summary>
    public IReadOnlyList<string> NotWantedBecause { get; init; } = [];

    public bool SpeechReady => SpeechWanted && SpeechMissing is null;

    public bool VisionReady => VisionWanted && VisionMissing.Count == 0;

    public bool ExpressionsReady => ExpressionsMissing is null;

    public bool HasGaps => (SpeechWanted && !SpeechReady) || (VisionWanted && !VisionReady) || !ExpressionsReady;

    /// <summary>Something was recorded and consented, but no engine it needs is installed.</summary>
    public bool NothingToMeasure => (SpeechWanted || VisionWanted) && !SpeechReady && !VisionReady;

    public static ModalityReadiness Check(AnalysisEngines engines, AnalysisInput input) =>
        Check(engines, input.Settings, input.WavPath is not null, input.VideoPath is not null, input.AnswersTranscript is not null);

    /// <summary>The check for a recording with these tracks; <paramref name="hasTranscript"/>: the live transcripts make speech-to-text unnecessary.</summary>
    public static ModalityReadiness Check(AnalysisEngines engines, AnalysisSettings settings, bool hasAudio, bool hasVideo, bool hasTranscript)
    {
        var speechWanted = hasAudio && settings.AudioConsent;
        var visionWanted = hasVideo && settings.VideoConsent;
        var files = new VisionModelFiles(engines.ModelsPath);
        var vision = RecordingAnalyzer.VisionOptionsFor(settings);
        return new ModalityReadiness
        {
            SpeechWanted = speechWanted,
            VisionWanted = visionWanted,
            SpeechMissing = speechWanted ? SpeechGap(engines, hasTranscript) : null,
            VisionMissing = visionWanted ? files.MissingForPresence(vision.Detector, vision.Landmarks) : [],
            ExpressionsMissing = visionWanted && settings.ExpressionsEnabled && !files.HasExpressionModel ? VisionModelFiles.ExpressionFile : null,
            NotWantedBecause = [.. NotWanted(hasAudio, settings.AudioConsent, "audio", "voice"), .. NotWanted(hasVideo, settings.VideoConsent, "video", "video")],
        };
    }

    /// <summary>The <c>engine-unavailable</c> flags of the modalities left out up front (speech drops content with it).</summary>
    public IEnumerable<QualityFlag> Flags()
    {
        if (SpeechWanted && !SpeechReady)
        {
            yield return QualityFlag.Audio(QualityFlag.EngineUnavailable,
                $"Speech was not analysed: {SpeechMissing} on this server, so there is no transcript and no voice analysis. {InstallHint}");
            yield return ContentDroppedWithSpeech;
        }

        if (VisionWanted && !VisionReady)
        {
            yield return QualityFlag.Video(QualityFlag.EngineUnavailable,
                $"Presence was not analysed (eye contact, head movement): vision models it needs are not installed on this server (missing: {string.Join("; ", VisionMissing)}). {InstallHint}");
        }
        else if (VisionReady && !ExpressionsReady)
        {
            yield return QualityFlag.Video(QualityFlag.EngineUnavailable,
                $"Expressions were not analysed: the expression model {ExpressionsMissing} is not installed on this server, so smile and expression outputs are left out; eye contact and head movement are still measured. {InstallHint}");
        }
    }

    /// <summary>Content needs the transcript: it drops whenever speech does.</summary>
    public static QualityFlag ContentDroppedWithSpeech { get; } = QualityFlag.Content(QualityFlag.EngineUnavailable,
        "Content was not analysed: it needs the transcript, and speech could not be analysed.");

    /// <summary>The missing engines in one line for the log (with the models folder).</summary>
    public string Describe() => string.Join("; ", Gaps());

    /// <summary>Fails the run at once when nothing can be measured, naming what is missing.</summary>
    public void ThrowIfNothingToMeasure()
    {
        if (NothingToMeasure)
        {
            throw new NothingToMeasureException(
                $"Nothing in this recording can be analysed on this server: {string.Join("; ", [.. Gaps(), .. NotWantedBecause])}. {InstallHint}");
        }
    }

    private IEnumerable<string> Gaps()
    {
        if (SpeechWanted && !SpeechReady)
        {
            yield return $"speech: {SpeechMissing}";
        }

        if (VisionWanted && !VisionReady)
        {
            yield return $"presence: {string.Join("; ", VisionMissing)} not installed";
        }

        if (VisionReady && !ExpressionsReady)
        {
            yield return $"expressions: {ExpressionsMissing} not installed";
        }
    }

    private static string? SpeechGap(AnalysisEngines engines, bool hasTranscript)
    {
        if (!File.Exists(engines.VadPath))
        {
            return $"the voice activity model ({AnalysisEngines.VadFile}) is not installed";
        }

        if (hasTranscript)
        {
            return null;
        }

        var choice = engines.SpeechToTextChoice();
        return choice.Selected is null
            ? "no speech-to-text engine can run (" + string.Join("; ", choice.Skipped.Select(s => $"{s.Engine}: {s.Reason}")) + ")"
            : null;
    }

    private static IEnumerable<string> NotWanted(bool has, bool consented, string track, string analysis)
    {
        if (!has)
        {
            yield return $"the recording has no {track}";
        }
        else if (!consented)
        {
            // Not consented, or (before normalising, when the tracks are not known yet) an upload without that track.
            yield return $"{analysis} analysis is off for this session";
        }
    }
}
