using Hangfire;
using InterviewInsight.Modules.Engines.Pipeline;
using InterviewInsight.Modules.Engines.Vision;
using InterviewInsight.Modules.Live.Contracts;
using InterviewInsight.Modules.Shared.Jobs;
using InterviewInsight.Modules.Shared.Media;
using InterviewInsight.Modules.Shared.Settings;
using InterviewInsight.Modules.Shared.Configuration;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Logging;

namespace InterviewInsight.Modules.Analysis.Runs;

/// <summary>
/// Observes one answer's stretch of video while the interview goes on (the candidate is answering the next question),
/// with the same engines and sampling the session's run will use, so that run merges it instead of decoding it again.
/// </summary>
internal sealed class AnswerVisionJob(
    AnalysisEngines engines, ILiveApi live, IMediaStore store, ObservedRangeStore ranges, IInstanceSettings instanceSettings, IOptions<AnalysisOptions> analysisOptions, ILogger<AnswerVisionJob> logger)
{
    [Queue(JobQueues.Analysis)]
    [AutomaticRetry(Attempts = 0)]
    public async Task RunAsync(string ownerId, Guid sessionId, Guid answerId, string mediaPath, double segmentOffset, double from, double to, bool expressionsConsented, CancellationToken ct)
    {
        if (!MediaKey.TryParse(mediaPath, out var media) || media.SessionId != sessionId)
        {
            throw new ArgumentException("Not a media key of this session.", nameof(mediaPath));
        }

        var settings = new AnalysisSettings
        {
            VideoSampleFps = analysisOptions.Value.VideoSampleFps,
            VisionLandmarks = LandmarkPaths.Parse(analysisOptions.Value.VisionLandmarks),
            ExpressionsEnabled = expressionsConsented && await instanceSettings.GetBoolAsync(InstanceSettingKeys.ExpressionsEnabled, ct),
        };

        // The same drop-out as the run's: without the vision models there is nothing to do ahead (the run flags it), and
        // without the expression model the run observes without expressions, so this stretch does too.
        var readiness = ModalityReadiness.Check(engines, settings, hasAudio: false, hasVideo: true, hasTranscript: false);
        if (!readiness.VisionReady)
        {
            logger.LogDebug("Answer {AnswerId} of session {SessionId}: video not analysed ahead, vision models missing", answerId, sessionId);
            return;
        }

        settings = settings with { ExpressionsEnabled = settings.ExpressionsEnabled && readiness.ExpressionsReady };
        try
        {
            var range = new VisionAnalyzer(engines.Vision).ObserveRange(
                store.LocalPath(media), from - segmentOffset, to - segmentOffset, segmentOffset, RecordingAnalyzer.VisionOptionsFor(settings), ct);
            // A session deleted meanwhile gets no file back in its purged folder.
            if (await live.GetSessionAsync(ownerId, sessionId, ct) is null)
            {
                return;
            }

            await ranges.SaveAsync(ObservedRangeStore.KeyFor(sessionId, answerId), range, ct);
        }
        catch (Exception ex) when (ex is InvalidOperationException or InvalidDataException or FileNotFoundException)
        {
            // Only a head start: the session's run analyses this stretch itself and reports any real problem.
            logger.LogWarning(ex, "Answer {AnswerId} of session {SessionId}: video not analysed ahead", answerId, sessionId);
        }
    }
}
