using System.Diagnostics;
using InterviewInsight.Modules.Analysis.Contracts;
using InterviewInsight.Modules.Live.Contracts;
using InterviewInsight.Modules.Live.Interview;
using InterviewInsight.Modules.Live.Interview.Speech;
using InterviewInsight.Modules.Live.Recording;
using Microsoft.Extensions.DependencyInjection;

namespace InterviewInsight.Modules.Tooling.LiveBenchmarks;

/// <summary>
/// A live interview measured end to end on a running app host, through the same server entry points the interview
/// page uses: chunks into <see cref="ChunkReceiver"/> at recording pace, questions asked and answers ended through
/// <see cref="AskQuestion"/> and <see cref="EndAnswer"/>, the pending line spoken by <see cref="InterviewerSpeech"/>, then the session's
/// analysis run polled until the dashboard is ready. Background work triggered by those entry points gets the time it
/// would get in a real interview, because the clock runs in real time unless <see cref="LiveBenchmarkOptions.Speed"/> or
/// <see cref="LiveBenchmarkOptions.SteppedClock"/> says otherwise.
/// </summary>
public static class LiveBenchmark
{
    public static readonly TimeSpan DashboardTimeout = TimeSpan.FromMinutes(30);
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(100);

    public static async Task<LiveBenchmarkResult> RunAsync(
        IServiceProvider services, string ownerId, LiveBenchmarkOptions options, AnalysisTimingsReader? timingsReader, TextWriter log, CancellationToken ct)
    {
        var machine = LiveMachine.Current();
        var startedAt = DateTime.UtcNow;
        var wall = Stopwatch.StartNew();
        var work = Directory.CreateTempSubdirectory("ii-live-bench-media-");
        try
        {
            var timeline = RecordingTimeline.For(options.Questions, options.AnswerSeconds);
            log.WriteLine($"Preparing a {timeline.DurationSeconds:0} s browser-like recording (camera {(options.CameraOn ? "on" : "off")})...");
            var recording = await BrowserRecordingBuilder.BuildAsync(options, timeline, work.FullName, ct);
            log.WriteLine($"  {recording.Chunks.Count} chunks, {recording.Bytes / 1e6:0.0} MB, prepared in {recording.PrepareSeconds:0.0} s");

            var interview = await InterviewAsync(services, ownerId, options, recording, log, ct);
            var dashboard = await EndAndWaitForDashboardAsync(
                services.GetRequiredService<EndInterview>(), services.GetRequiredService<IAnalysisApi>(), ownerId, interview, log, ct);
            var timings = timingsReader is null ? null : await timingsReader(ownerId, interview.SessionId, ct);
            var heard = await HeardAsync(services.GetRequiredService<ILiveApi>(), ownerId, interview.SessionId, ct);
            return new LiveBenchmarkResult
            {
                Options = options,
                Machine = machine,
                Turns = [.. interview.Turns.Select(t => t with { HeardStart = heard.ElementAtOrDefault(t.Turn - 1) })],
                FirstSpeechSeconds = interview.FirstSpeechSeconds,
                PlannedAnswered = interview.Turns.Count(t => t.Kind == nameof(AnswerKind.Planned)),
                EndedByService = interview.EndedByService,
                EndCallSeconds = dashboard.EndCall,
                RunCreatedSeconds = dashboard.Created,
                RunStartedSeconds = dashboard.Started,
                DashboardReadySeconds = dashboard.Ready,
                AnalysisTimings = timings,
                RecordedSeconds = interview.RecordedSeconds,
                ChunksSent = interview.ChunkReceiveSeconds.Count,
                ChunkReceiveSeconds = interview.ChunkReceiveSeconds,
                MimeType = recording.MimeType,
                RecordingBytes = recording.Bytes,
                VideoSource = recording.VideoSource,
                SpeechClips = recording.SpeechClips,
                SpeechLoopSeconds = recording.SpeechLoopSeconds,
                Commands = recording.Commands,
                PrepareSeconds = recording.PrepareSeconds,
                WallSeconds = wall.Elapsed.TotalSeconds,
                StartedAtUtc = startedAt,
            };
        }
        finally
        {
            work.Delete(recursive: true);
        }
    }

    private sealed record InterviewOutcome(
        Guid SessionId, IReadOnlyList<TurnMeasurement> Turns, double? FirstSpeechSeconds, bool EndedByService, double RecordedSeconds, IReadOnlyList<double> ChunkReceiveSeconds);

    private static async Task<InterviewOutcome> InterviewAsync(
        IServiceProvider services, string ownerId, LiveBenchmarkOptions options, BrowserRecording recording, TextWriter log, CancellationToken ct)
    {
        var opening = services.GetRequiredService<OpenInterview>();
        var asking = services.GetRequiredService<AskQuestion>();
        var ending = services.GetRequiredService<EndAnswer>();
        var speech = services.GetRequiredService<InterviewerSpeech>();
        var sessionId = await services.GetRequiredService<ILiveApi>().CreateSessionAsync(ownerId, SessionKind.Live, new SessionSetUp(
            "Software engineer", "Software", Seniority.Mid, InterviewType.Behavioural, options.Questions, JobDescription: null, options.CameraOn,
            new AnalysisConsent(Audio: true, Video: options.CameraOn, Expressions: options.CameraOn)), ct);
        var state = await opening.OpenAsync(ownerId, sessionId, ct);
        var pending = state.Next ?? throw new InvalidOperationException("The new session has no first question.");
        var timeline = recording.Timeline;

        // The page starts the recorder, then (camera on) calibrates for three seconds, then asks the first question.
        var clock = SessionClock.For(options);
        using var feeder = new ChunkFeeder(services.GetRequiredService<ChunkReceiver>(), ownerId, sessionId, recording, clock);
        feeder.Start(ct);
        await clock.AdvanceToAsync(timeline.CalibrationSeconds, ct);
        if (options.CameraOn)
        {
            await opening.CalibrateAsync(ownerId, sessionId, 0, timeline.CalibrationSeconds, ct);
        }

        var askedAt = clock.Now;
        var answerId = await asking.AskAsync(ownerId, sessionId, askedAt, ct);
        var firstSpeech = (await SynthesizeAsync(speech, pending.Text, state.InterviewerRate, ct))?.Seconds;
        var late = clock.Now > timeline.Slots[0].SpeechStart;
        var turns = new List<TurnMeasurement>();
        var endedByService = false;
        var lastEnd = askedAt;
        foreach (var slot in timeline.Slots)
        {
            // The candidate speaks the slot's stretch of the recording, then presses "I'm done answering".
            await clock.AdvanceToAsync(slot.SpeechEnd, ct);
            var end = slot.SpeechEnd;
            lastEnd = end;
            var sinceEnd = Stopwatch.StartNew();
            await feeder.FlushAsync(end, ct);
            var flush = sinceEnd.Elapsed.TotalSeconds;
            var next = await ending.EndAsync(ownerId, sessionId, answerId, end, skipped: false, ct);
            var decide = sinceEnd.Elapsed.TotalSeconds - flush;

            (double Seconds, double? AudioSeconds)? spoken = null;
            var nextAskedAt = clock.Now;
            if (next is not null)
            {
                answerId = await asking.AskAsync(ownerId, sessionId, nextAskedAt, ct);
                spoken = await SynthesizeAsync(speech, next.Text, state.InterviewerRate, ct);
            }

            var turn = new TurnMeasurement(
                turns.Count + 1, pending.Kind.ToString(), pending.Rule, next?.Rule ?? "end", end - askedAt, flush, decide, spoken?.Seconds, sinceEnd.Elapsed.TotalSeconds, late)
            {
                SpokenAudioSeconds = spoken?.AudioSeconds,
            };
            turns.Add(turn);
            log.WriteLine($"  turn {turn.Turn} ({turn.Kind}, {turn.AskedRule}): {turn.AnswerSeconds:0.0} s answer; flush {flush:0.00} s, decided in {decide:0.00} s " +
                $"-> {turn.DecidedRule}; speech {(spoken is { } s ? $"{s.Seconds:0.00} s for {s.AudioSeconds:0.0} s of audio" : "-")}; total {turn.TotalSeconds:0.00} s{(late ? " (late)" : "")}");
            if (next is null)
            {
                endedByService = true;
                break;
            }

            pending = next;
            askedAt = nextAskedAt;
            late = slot.Index + 1 < timeline.Slots.Count && clock.Now > timeline.Slots[slot.Index + 1].SpeechStart;
        }

        // The page stops the recorder (its last chunk is already stored) and ends the interview.
        await feeder.StopAsync(lastEnd, ct);
        return new InterviewOutcome(sessionId, turns, firstSpeech, endedByService, lastEnd, feeder.ReceiveSeconds);
    }

    private sealed record DashboardWait(double EndCall, double? Created, double? Started, double Ready);

    private static async Task<DashboardWait> EndAndWaitForDashboardAsync(
        EndInterview interviews, IAnalysisApi analysis, string ownerId, InterviewOutcome interview, TextWriter log, CancellationToken ct)
    {
        // The clock starts when the page calls EndAsync: from then on the candidate waits for the dashboard.
        var watch = Stopwatch.StartNew();
        await interviews.EndAsync(ownerId, interview.SessionId, interview.RecordedSeconds, ct);
        var endCall = watch.Elapsed.TotalSeconds;
        double? created = null, started = null;
        while (watch.Elapsed < DashboardTimeout)
        {
            var run = await analysis.GetLatestRunAsync(ownerId, interview.SessionId, ct);
            created ??= run is null ? null : watch.Elapsed.TotalSeconds;
            started ??= run?.Status is AnalysisRunStatus.Running or AnalysisRunStatus.Succeeded ? watch.Elapsed.TotalSeconds : null;
            switch (run?.Status)
            {
                case AnalysisRunStatus.Succeeded:
                    var ready = watch.Elapsed.TotalSeconds;
                    log.WriteLine($"  end of interview -> dashboard ready: {ready:0.00} s (EndAsync {endCall:0.00} s, run seen {created:0.00} s, running {started:0.00} s)");
                    return new DashboardWait(endCall, created, started, ready);
                case AnalysisRunStatus.Failed:
                    throw new LiveBenchmarkFailedException($"The analysis run failed: {run.Error ?? "(no reason given)"} (stage: {run.Stage}).");
            }

            await Task.Delay(PollInterval, ct);
        }

        throw new LiveBenchmarkFailedException($"The analysis run did not finish within {DashboardTimeout.TotalMinutes:0} minutes.");
    }

    /// <summary>Wall seconds to produce the line's audio, and how long that audio plays (WAV only); null when no server voice exists.</summary>
    private static async Task<(double Seconds, double? AudioSeconds)?> SynthesizeAsync(InterviewerSpeech speech, string text, double rate, CancellationToken ct)
    {
        var watch = Stopwatch.StartNew();
        var audio = await speech.SpeakAsync(text, rate, ct);
        return audio is null ? null : (watch.Elapsed.TotalSeconds, WavSeconds(audio.Audio));
    }

    private static double? WavSeconds(byte[] wav)
    {
        // RIFF header: the byte rate sits at offset 28; espeak-ng writes a 44-byte header.
        if (wav.Length <= 44 || wav[0] != (byte)'R' || wav[8] != (byte)'W')
        {
            return null;
        }

        var byteRate = BitConverter.ToInt32(wav, 28);
        return byteRate > 0 ? (wav.Length - 44) / (double)byteRate : null;
    }

    private static async Task<IReadOnlyList<string>> HeardAsync(ILiveApi live, string ownerId, Guid sessionId, CancellationToken ct)
    {
        var recording = await live.GetRecordingAsync(ownerId, sessionId, ct);
        return recording is null
            ? []
            : [.. recording.Answers.OrderBy(a => a.Index).Select(a => a.Transcript is { } t
                ? $"{t.Words.Count} words ({t.Engine}): {string.Join(' ', t.Words.Take(8).Select(w => w.Text))}..."
                : "(no transcript)")];
    }
}
