using Hangfire;
using InterviewInsight.Modules.Analysis.Contracts;
using InterviewInsight.Modules.Analysis.Data;
using InterviewInsight.Modules.Analysis.Media;
using InterviewInsight.Modules.Engines.Pipeline;
using InterviewInsight.Modules.Engines.Results;
using InterviewInsight.Modules.Engines.Speech.Transcription;
using InterviewInsight.Modules.Engines.Vision;
using InterviewInsight.Modules.Live.Contracts;
using InterviewInsight.Modules.Shared.Jobs;
using InterviewInsight.Modules.Shared.Media;
using InterviewInsight.Modules.Shared.Outbox;
using InterviewInsight.Modules.Shared.Progress;
using InterviewInsight.Modules.Shared.Settings;
using InterviewInsight.Modules.Shared.Time;
using Microsoft.EntityFrameworkCore;
using InterviewInsight.Modules.Shared.Configuration;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Logging;

namespace InterviewInsight.Modules.Analysis.Runs;

/// <summary>
/// Runs one analysis version: claims it (so two workers never run it together), normalises the media, runs the
/// pipeline with progress pushed to the bus and the run table, and stores the result or a readable failure.
/// Idempotent: a finished run is left alone, and a run abandoned by a dead process is claimed again once its heartbeat is stale.
/// </summary>
internal sealed class AnalysisRunJob(
    IDbContextFactory<AnalysisDbContext> dbs,
    ILiveApi live,
    MediaNormalizer normalizer,
    IMediaStore store,
    RecordingAnalyzer analyzer,
    AnalysisRunStarter starter,
    IInstanceSettings instanceSettings,
    ObservedRangeStore observedRanges,
    IProgressBus bus,
    IClock clock,
    IOptions<AnalysisOptions> analysisOptions,
    ILogger<AnalysisRunJob> logger)
{
    public const string PreparingStage = "Preparing the recording";
    public const string DoneStage = "Done";

    /// <summary>A heartbeat older than this means the worker died; heartbeats come every <see cref="HeartbeatInterval"/>.</summary>
    public static readonly TimeSpan Lease = TimeSpan.FromSeconds(60);
    public static readonly TimeSpan HeartbeatInterval = TimeSpan.FromSeconds(15);

    [Queue(JobQueues.Analysis)]
    [AutomaticRetry(Attempts = 0)]
    public async Task RunAsync(Guid runId, CancellationToken ct)
    {
        var run = await ClaimAsync(runId, ct);
        if (run is null)
        {
            return;
        }

        if (run.Attempts > analysisOptions.Value.MaxAttempts)
        {
            logger.LogError("Analysis run {RunId} (session {SessionId}) was started {Attempts} times without finishing; failed for good",
                run.Id, run.SessionId, run.Attempts - 1);
            await FinishAsync(run, null, null, $"The analysis stopped {run.Attempts - 1} times without finishing (the server may have run out of memory on this recording), so it is not tried again automatically. Retry it, or upload a shorter recording.");
            return;
        }

        using var heartbeat = new CancellationTokenSource();
        var heartbeatLoop = HeartbeatAsync(runId, heartbeat.Token);
        using var timeLimit = CancellationTokenSource.CreateLinkedTokenSource(ct);
        try
        {
            var (result, media) = await AnalyzeAsync(run, timeLimit);
            if (await DiscardIfDeletedAsync(run))
            {
                return;
            }

            await FinishAsync(run, result, media, error: null);
            logger.LogInformation("Analysis run {RunId} (session {SessionId} v{Version}) succeeded in {Seconds:F1} s",
                run.Id, run.SessionId, run.Version, result.Timings.TotalSeconds);
        }
        // By which token was cancelled, not by the exception's type: an engine may fail in its own way once cancelled.
        catch (Exception) when (ct.IsCancellationRequested)
        {
            // Shutdown: hand the run back, with its attempt, so the next start resumes it at once instead of waiting for the lease.
            await HandBackAsync(runId);
            throw;
        }
        catch (Exception) when (timeLimit.IsCancellationRequested)
        {
            if (await DiscardIfDeletedAsync(run))
            {
                return;
            }

            logger.LogWarning("Analysis run {RunId} (session {SessionId}) passed its time limit and was stopped", run.Id, run.SessionId);
            await FinishAsync(run, null, null, "The analysis took longer than this server allows for a recording of this length and was stopped. Retry it when the server is less busy, or upload a shorter recording.");
        }
        catch (Exception ex)
        {
            // A purge that removed the recording mid-run makes the run fail; that is the deletion, not a failure to report.
            if (await DiscardIfDeletedAsync(run))
            {
                return;
            }

            logger.LogWarning(ex, "Analysis run {RunId} (session {SessionId}) failed", run.Id, run.SessionId);
            await FinishAsync(run, null, null, ReadableReason(ex));
        }
        finally
        {
            await heartbeat.CancelAsync();
            await heartbeatLoop;
        }
    }

    /// <summary>
    /// A session deleted while its run went on: the files the run made go too (the purge may have run before they were
    /// written), and nothing is stored (the run's row is purged with the session).
    /// </summary>
    private async Task<bool> DiscardIfDeletedAsync(AnalysisRun run)
    {
        if (await live.GetSessionAsync(run.OwnerId, run.SessionId, CancellationToken.None) is not null)
        {
            return false;
        }

        store.DeleteSession(run.SessionId);
        logger.LogInformation("Analysis run {RunId}: session {SessionId} was deleted while it ran; nothing stored", run.Id, run.SessionId);
        return true;
    }

    /// <summary>
    /// Analyses the recording under <paramref name="timeLimit"/>: the least limit until ffprobe has read the media's length,
    /// then a limit in proportion to it (a cancellation kills ffmpeg and stops the models), so a hung tool or model cannot
    /// hold a worker for ever, however alive its heartbeat looks.
    /// </summary>
    private async Task<(AnalysisResult Result, NormalizedMedia Media)> AnalyzeAsync(AnalysisRun run, CancellationTokenSource timeLimit)
    {
        timeLimit.CancelAfter(analysisOptions.Value.TimeLimitFor(0));
        var ct = timeLimit.Token;
        var recording = await live.GetRecordingAsync(run.OwnerId, run.SessionId, ct)
            ?? throw new InvalidOperationException("The session no longer exists.");
        if (recording.Segments.Count == 0)
        {
            throw new InvalidOperationException("The session has no recording to analyse.");
        }

        if (recording.Segments.Any(s => !store.Exists(s.Media)))
        {
            throw new InvalidOperationException("The recording file is missing from the media store.");
        }

        var expressionsOn = await instanceSettings.GetBoolAsync(InstanceSettingKeys.ExpressionsEnabled, ct);
        var settings = new AnalysisSettings
        {
            VideoSampleFps = analysisOptions.Value.VideoSampleFps,
            VisionLandmarks = LandmarkPaths.Parse(analysisOptions.Value.VisionLandmarks),
            AudioConsent = recording.SetUp.Consent.Audio,
            VideoConsent = recording.SetUp.Consent.Video,
            ExpressionsEnabled = expressionsOn && recording.SetUp.Consent.Expressions,
            CalibrationStartSeconds = recording.Calibration?.Start,
            CalibrationEndSeconds = recording.Calibration?.End,
            JobDescription = recording.SetUp.JobDescription,
            Accommodation = recording.SetUp.Accommodation,
        };
        var answersTranscript = AnswersTranscript(recording.Answers);

        // Fail fast: when no consented modality has its models, say so before normalising anything (tracks not known yet).
        analyzer.ThrowIfNothingCanBeMeasured(settings, hasAudio: true, hasVideo: true, answersTranscript is not null);
        await ReportAsync(run, PreparingStage, 2);
        var media = await normalizer.NormalizeAsync(
            [.. recording.Segments.OrderBy(s => s.Index).Select(s => s.Media)], ct,
            seconds => timeLimit.CancelAfter(analysisOptions.Value.TimeLimitFor(seconds)));
        var input = new AnalysisInput
        {
            SessionId = run.SessionId,
            VideoPath = media.HasVideo ? store.LocalPath(media.Recording) : null,
            WavPath = media.Wav is { } wav ? store.LocalPath(wav) : null,
            DurationSeconds = media.DurationSeconds,
            Answers = [.. recording.Answers.Select(a => new AnswerInput(a.Id.ToString("N"), a.Question, a.Start, a.End))],
            AnswersTranscript = answersTranscript,
            ObservedAhead = [.. recording.Answers.Select(a => observedRanges.Load(ObservedRangeStore.KeyFor(run.SessionId, a.Id))).OfType<ObservedRange>()],
            Settings = settings,
        };
        return (await analyzer.AnalyzeAsync(input, (stage, percent) => ReportAsync(run, stage, percent), ct), media);
    }

    /// <summary>The live interviewer's answer transcripts joined on the session clock; null unless every answer has one.</summary>
    private static Transcript? AnswersTranscript(IReadOnlyList<AnswerSpan> answers)
    {
        if (answers.Count == 0 || answers.Any(a => a.Transcript is null))
        {
            return null;
        }

        var words = answers.OrderBy(a => a.Start).SelectMany(a => a.Transcript!.Words).ToList();
        var first = answers[0].Transcript!;
        return new Transcript(string.Join(' ', words.Select(w => w.Text)), words, first.Engine, first.LowAccuracy);
    }

    private async Task<AnalysisRun?> ClaimAsync(Guid runId, CancellationToken ct)
    {
        var now = clock.UtcNow;
        var staleBefore = now - Lease;
        await using var db = await dbs.CreateDbContextAsync(ct);
        var claimed = await db.Runs
            .Where(r => r.Id == runId && (r.Status == AnalysisRunStatus.Pending
                || (r.Status == AnalysisRunStatus.Running && (r.HeartbeatAt == null || r.HeartbeatAt < staleBefore))))
            .ExecuteUpdateAsync(s => s
                .SetProperty(r => r.Status, AnalysisRunStatus.Running)
                .SetProperty(r => r.Attempts, r => r.Attempts + 1)
                .SetProperty(r => r.Stage, "Starting")
                .SetProperty(r => r.HeartbeatAt, now)
                .SetProperty(r => r.StartedAt, now), ct);
        // Not cancellable once claimed: a shutdown here would otherwise spend an attempt on a run nobody started.
        var run = await db.Runs.AsNoTracking().SingleOrDefaultAsync(r => r.Id == runId, CancellationToken.None);
        if (claimed == 1)
        {
            await bus.PublishAsync(AnalysisProgress.TopicFor(run!.SessionId), run.ToProgress());
            return run;
        }

        if (run?.Status == AnalysisRunStatus.Running)
        {
            // Another process holds it (or held it just before a crash): look again once its lease could have run out.
            starter.EnqueueLater(runId, Lease + HeartbeatInterval);
        }

        return null;
    }

    private async Task HandBackAsync(Guid runId)
    {
        await using var db = await dbs.CreateDbContextAsync();
        await db.Runs.Where(r => r.Id == runId && r.Status == AnalysisRunStatus.Running)
            .ExecuteUpdateAsync(s => s
                .SetProperty(r => r.Status, AnalysisRunStatus.Pending)
                .SetProperty(r => r.Attempts, r => r.Attempts - 1)
                .SetProperty(r => r.Stage, "Waiting for a worker (the server restarted)")
                .SetProperty(r => r.Percent, 0)
                .SetProperty(r => r.HeartbeatAt, clock.UtcNow));
    }

    private async Task ReportAsync(AnalysisRun run, string stage, double percent)
    {
        await UpdateAsync(run.Id, AnalysisRunStatus.Running, stage, percent);
        await bus.PublishAsync(AnalysisProgress.TopicFor(run.SessionId),
            run.ToProgress() with { Status = AnalysisRunStatus.Running, Stage = stage, Percent = percent });
    }

    private async Task UpdateAsync(Guid runId, AnalysisRunStatus status, string stage, double percent)
    {
        await using var db = await dbs.CreateDbContextAsync();
        var now = clock.UtcNow;
        await db.Runs.Where(r => r.Id == runId && r.Status == AnalysisRunStatus.Running)
            .ExecuteUpdateAsync(s => s
                .SetProperty(r => r.Status, status)
                .SetProperty(r => r.Stage, stage)
                .SetProperty(r => r.Percent, percent)
                .SetProperty(r => r.HeartbeatAt, now));
    }

    private async Task HeartbeatAsync(Guid runId, CancellationToken ct)
    {
        using var timer = new PeriodicTimer(HeartbeatInterval);
        try
        {
            while (await timer.WaitForNextTickAsync(ct))
            {
                await using var db = await dbs.CreateDbContextAsync(ct);
                var now = clock.UtcNow;
                await db.Runs.Where(r => r.Id == runId && r.Status == AnalysisRunStatus.Running)
                    .ExecuteUpdateAsync(s => s.SetProperty(r => r.HeartbeatAt, now), ct);
            }
        }
        catch (OperationCanceledException)
        {
            // The run ended.
        }
    }

    private async Task FinishAsync(AnalysisRun claimed, AnalysisResult? result, NormalizedMedia? media, string? error)
    {
        await using var db = await dbs.CreateDbContextAsync();
        var run = await db.Runs.SingleOrDefaultAsync(r => r.Id == claimed.Id);
        if (run is null)
        {
            return; // purged with its deleted session
        }

        var now = clock.UtcNow;
        run.Status = result is null ? AnalysisRunStatus.Failed : AnalysisRunStatus.Succeeded;
        run.Stage = result is null ? "Failed" : DoneStage;
        run.Percent = result is null ? run.Percent : 100;
        run.Error = error;
        run.ResultJson = result is null ? null : AnalysisJson.Serialize(result);
        run.ProvenanceJson = result is null ? null : System.Text.Json.JsonSerializer.Serialize(new { result.Engines, result.Provenance }, AnalysisJson.Options);
        run.MediaPath = media?.Recording.Path;
        run.MediaContentType = media?.ContentType;
        run.FinishedAt = now;
        db.AddEvent(new AnalysisCompleted(run.SessionId, run.OwnerId, run.Id, run.Version, result is not null), now);
        await db.SaveChangesAsync();
        await bus.PublishAsync(AnalysisProgress.TopicFor(run.SessionId), run.ToProgress());
    }

    /// <summary>What a candidate can act on; the full exception goes to the log only.</summary>
    private static string ReadableReason(Exception ex) => ex switch
    {
        MediaLimitExceededException => ex.Message,
        InvalidDataException => "The recording could not be read: it may be truncated or damaged. Upload it again, or export it again from the app that made it.",
        FileNotFoundException f => $"A model file is missing on this server ({Path.GetFileName(f.FileName)}). An administrator can install it with 'models install'.",
        InvalidOperationException => ex.Message,
        _ => "The analysis stopped on an unexpected error. Retry it; if it fails again, an administrator can find the details in the log.",
    };
}
