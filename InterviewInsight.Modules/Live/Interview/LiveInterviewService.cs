using System.Text.Json;
using InterviewInsight.Modules.Engines.Speech.Transcription;
using InterviewInsight.Modules.Live.Contracts;
using InterviewInsight.Modules.Live.Data;
using InterviewInsight.Modules.Live.Interview.Transcription;
using InterviewInsight.Modules.Live.Questions;
using InterviewInsight.Modules.Live.Turns;
using InterviewInsight.Modules.Shared.Media;
using InterviewInsight.Modules.Shared.Outbox;
using InterviewInsight.Modules.Shared.Time;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace InterviewInsight.Modules.Live.Interview;

/// <summary>
/// The server side of a live interview: the question plan, each question asked as a span on the session clock, the
/// answer transcribed in this process (<see cref="AnswerTranscriber"/>) and the next turn decided (and stored with its rule and reason), and
/// the events that hand the recording to analysis (AnswerEnded, SessionEnded). Every call is scoped to the session's owner.
/// </summary>
internal sealed class LiveInterviewService(
    IDbContextFactory<LiveDbContext> dbs,
    QuestionBank bank,
    QuestionPlanner planner,
    ITurnDecider decider,
    AnswerTranscriber transcriber,
    IClock clock,
    ILogger<LiveInterviewService> logger)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    private static readonly TimeSpan RecentWindow = TimeSpan.FromDays(30);

    private sealed record StoredPlan(IReadOnlyList<PlannedQuestion> Questions, IReadOnlyList<string> Notes);

    public async Task<InterviewState> OpenAsync(string ownerId, Guid sessionId, CancellationToken ct = default)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        var session = await FindAsync(db, ownerId, sessionId, ct);
        var answers = await db.Answers.Where(a => a.SessionId == sessionId).OrderBy(a => a.Index).ToListAsync(ct);
        if (session.PlanJson is null)
        {
            var plan = planner.Plan(session.ToSetUp(), await RecentlyAskedAsync(db, ownerId, sessionId, ct), StableSeed(sessionId), allowRepeats: false);
            session.PlanJson = JsonSerializer.Serialize(new StoredPlan(plan.Questions, plan.Notes), Json);
            var first = plan.Questions[0];
            session.PendingTurnJson = JsonSerializer.Serialize(
                new PendingTurn(first.Id, first.Text, AnswerKind.Planned, "plan.first", "The first question of your plan.", "plan"), Json);
            await db.SaveChangesAsync(ct);
        }

        var stored = Plan(session);
        var segments = await db.Segments.Where(s => s.SessionId == sessionId).OrderBy(s => s.Index).ToListAsync(ct);
        var last = segments.LastOrDefault();
        return new InterviewState(
            sessionId,
            session.Status == SessionStatus.Ended,
            Pending(session),
            answers.Count(a => a.Kind == AnswerKind.Planned && a.EndSeconds is not null),
            stored.Questions.Count,
            segments.Count,
            last is null ? 0 : last.OffsetSeconds + last.DurationSeconds,
            session.CameraOn,
            stored.Notes,
            session.InterviewerVoice,
            session.InterviewerRate);
    }

    /// <summary>What the interviewer is about to say, and how fast; null when nothing is pending.</summary>
    public async Task<(PendingTurn Turn, double Rate)?> GetPendingAsync(string ownerId, Guid sessionId, CancellationToken ct = default)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        var session = await db.Sessions.AsNoTracking().SingleOrDefaultAsync(s => s.Id == sessionId && s.OwnerId == ownerId, ct);
        return session is not null && Pending(session) is { } turn ? (turn, session.InterviewerRate) : null;
    }

    /// <summary>Records the "look at the camera" span that sets the personal gaze baseline.</summary>
    public async Task SetCalibrationAsync(string ownerId, Guid sessionId, double start, double end, CancellationToken ct = default)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        var session = await FindAsync(db, ownerId, sessionId, ct);
        if (end > start && start >= 0)
        {
            session.CalibrationStartSeconds = start;
            session.CalibrationEndSeconds = end;
            await db.SaveChangesAsync(ct);
        }
    }

    /// <summary>The pending turn is being asked now (at <paramref name="askedAtSeconds"/> on the session clock).</summary>
    public async Task<Guid> AskAsync(string ownerId, Guid sessionId, double askedAtSeconds, CancellationToken ct = default)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        var session = await FindAsync(db, ownerId, sessionId, ct);
        var pending = Pending(session) ?? throw new InvalidOperationException("The interview has no question left to ask.");
        var answers = await db.Answers.Where(a => a.SessionId == sessionId).OrderBy(a => a.Index).ToListAsync(ct);

        // A question asked before a reload or crash and never answered is asked again: the same answer row restarts.
        var open = answers.LastOrDefault() is { EndSeconds: null } unfinished ? unfinished : null;
        var answer = open ?? new Answer { Id = Guid.NewGuid(), SessionId = sessionId, Index = answers.Count };
        answer.QuestionId = pending.QuestionId;
        answer.QuestionText = pending.Text;
        answer.Kind = pending.Kind;
        answer.StartSeconds = Math.Max(0, askedAtSeconds);
        if (open is null)
        {
            db.Answers.Add(answer);
        }

        session.Status = SessionStatus.InProgress;
        await db.SaveChangesAsync(ct);
        return answer.Id;
    }

    /// <summary>Closes the answer, transcribes it, decides and stores the next turn; null when the interview is over.</summary>
    public async Task<PendingTurn?> EndAnswerAsync(string ownerId, Guid sessionId, Guid answerId, double endSeconds, bool skipped, CancellationToken ct = default)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        var session = await FindAsync(db, ownerId, sessionId, ct);
        var answers = await db.Answers.Where(a => a.SessionId == sessionId).OrderBy(a => a.Index).ToListAsync(ct);
        var answer = answers.SingleOrDefault(a => a.Id == answerId) ?? throw new KeyNotFoundException("No such answer.");
        if (answer.EndSeconds is not null || session.Status == SessionStatus.Ended)
        {
            // Ended already (the button and a long silence at once, a retried request, an interview ended meanwhile):
            // the turn decided then stands.
            return Pending(session);
        }

        // A clock that jumps back, or "I'm done" pressed at once, ends an answer no later than it started: it is kept
        // as an empty answer and the interviewer moves on as for a skip.
        answer.EndSeconds = Math.Max(answer.StartSeconds, endSeconds);
        var empty = answer.EndSeconds <= answer.StartSeconds;

        var plan = Plan(session);
        var plannedAsked = answers.Count(a => a.Kind == AnswerKind.Planned);
        var remaining = plan.Questions.Skip(plannedAsked).ToList();
        if (skipped || empty)
        {
            await transcriber.StopAheadAsync(sessionId, answer.StartSeconds);
        }

        var decision = (skipped, empty) switch
        {
            (true, _) => Skip(remaining),
            (_, true) => NoSpeech(remaining),
            _ => await DecideAsync(db, session, answers, answer, remaining, ct),
        };

        answer.TurnRule = decision.Rule;
        answer.TurnReason = $"{decision.Reason} ({decision.Engine})";
        var next = decision.Kind switch
        {
            TurnKind.End => null,
            TurnKind.NextQuestion => new PendingTurn(decision.Next?.Id ?? remaining.FirstOrDefault()?.Id, decision.Text, AnswerKind.Planned, decision.Rule, decision.Reason, decision.Engine),
            TurnKind.FollowUp => new PendingTurn(answer.QuestionId, decision.Text, AnswerKind.FollowUp, decision.Rule, decision.Reason, decision.Engine),
            _ => new PendingTurn(answer.QuestionId, decision.Text, AnswerKind.Clarification, decision.Rule, decision.Reason, decision.Engine),
        };
        session.PendingTurnJson = next is null ? null : JsonSerializer.Serialize(next, Json);
        if (next is not null)
        {
            // With the turn, in the same transaction: the answer's video is analysed while the interview goes on; the
            // last answer is left to the session's run, which starts at once anyway.
            await AddAnswerEndedAsync(db, session, answers, answer, ct);
        }

        await db.SaveChangesAsync(ct);
        return next;
    }

    /// <summary>The stretch of recording that ends with this answer, from the end of the previous one (so the question is in it).</summary>
    private async Task AddAnswerEndedAsync(LiveDbContext db, PracticeSession session, List<Answer> answers, Answer answer, CancellationToken ct)
    {
        var segment = await db.Segments.AsNoTracking().Where(s => s.SessionId == session.Id).OrderByDescending(s => s.Index).FirstOrDefaultAsync(ct);
        if (!session.CameraOn || segment is null || !MediaKey.TryParse(segment.MediaPath, out var media))
        {
            return;
        }

        var previousEnd = answers.Where(a => a.Index < answer.Index).Select(a => a.EndSeconds).LastOrDefault() ?? 0;
        var from = Math.Max(previousEnd, segment.OffsetSeconds);
        db.AddEvent(new AnswerEnded(session.Id, session.OwnerId, answer.Id, media.Path, segment.OffsetSeconds, from, answer.EndSeconds!.Value,
            session.ConsentVideo, session.ConsentExpressions), clock.UtcNow);
    }

    /// <summary>Ends the interview (also early): the recording so far is analysed.</summary>
    public async Task EndAsync(string ownerId, Guid sessionId, double? endSeconds, CancellationToken ct = default)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        var session = await FindAsync(db, ownerId, sessionId, ct);
        if (session.Status == SessionStatus.Ended)
        {
            return;
        }

        var open = await db.Answers.Where(a => a.SessionId == sessionId && a.EndSeconds == null).ToListAsync(ct);
        foreach (var answer in open)
        {
            await transcriber.StopAheadAsync(sessionId, answer.StartSeconds);
            answer.EndSeconds = Math.Max(answer.StartSeconds, endSeconds ?? answer.StartSeconds);
            answer.TurnRule = "end.user";
            answer.TurnReason = "The candidate ended the interview.";
        }

        var now = clock.UtcNow;
        session.Status = SessionStatus.Ended;
        session.EndedAt = now;
        session.PendingTurnJson = null;
        db.AddEvent(new SessionEnded(sessionId, ownerId), now);
        await db.SaveChangesAsync(ct);
    }

    private async Task<TurnDecision> DecideAsync(
        LiveDbContext db, PracticeSession session, List<Answer> answers, Answer answer, List<PlannedQuestion> remaining, CancellationToken ct)
    {
        var parent = answer.QuestionId is { } id ? bank.Find(id) : null;
        var onThisQuestion = answers.SkipWhile(a => a.Index < answers.FindLastIndex(x => x.Kind == AnswerKind.Planned && x.Index <= answer.Index))
            .TakeWhile(a => a.Index <= answer.Index).ToList();
        var transcript = await TranscribeAsync(db, session, answer, ct);
        if (parent is null || transcript is null)
        {
            var reason = transcript is null ? "The answer could not be transcribed in time, so the interviewer moves on." : "This question is not in the bank.";
            return MoveOn(remaining, "no-transcript", reason);
        }

        answer.Transcript = transcript.Text;
        answer.TranscriptJson = JsonSerializer.Serialize(transcript, Json);
        var said = onThisQuestion
            .Select(a => a.Id == answer.Id ? transcript : a.TranscriptJson is { } json ? JsonSerializer.Deserialize<AnswerTranscript>(json, Json) : null)
            .SelectMany(t => t?.Words ?? [])
            .Select(w => new TranscriptWord(w.Text, w.Start, w.End, w.Confidence))
            .ToList();
        var seconds = onThisQuestion.Sum(a => (a.EndSeconds ?? a.StartSeconds) - a.StartSeconds);
        var context = new TurnContext(parent, Turns.SaidSoFar.From(said, seconds), onThisQuestion.Count(a => a.Kind != AnswerKind.Planned), remaining)
        {
            EarlierRules = [.. onThisQuestion.Where(a => a.Id != answer.Id && a.TurnRule is not null).Select(a => a.TurnRule!)],
        };
        return await decider.DecideAsync(context, ct);
    }

    private async Task<AnswerTranscript?> TranscribeAsync(LiveDbContext db, PracticeSession session, Answer answer, CancellationToken ct)
    {
        var segment = await db.Segments.Where(s => s.SessionId == session.Id).OrderByDescending(s => s.Index).FirstOrDefaultAsync(ct);
        var start = Math.Max(answer.StartSeconds, segment?.OffsetSeconds ?? 0);
        var end = answer.EndSeconds!.Value;

        // Nothing of the answer in the latest segment (a resumed recording started after it ended): nothing to hear.
        if (segment is null || !MediaKey.TryParse(segment.MediaPath, out var key) || !session.ConsentAudio || end <= start)
        {
            return null;
        }

        try
        {
            return await transcriber.TranscribeAsync(new AnswerAudio(session.Id, key, segment.OffsetSeconds, start, end), ct);
        }
        catch (Exception ex) when (ex is TimeoutException or InvalidOperationException)
        {
            logger.LogWarning(ex, "Answer {AnswerId} of session {SessionId} was not transcribed", answer.Id, session.Id);
            return null;
        }
    }

    private static TurnDecision Skip(List<PlannedQuestion> remaining) =>
        MoveOn(remaining, "skipped", remaining.Count == 0 ? "The candidate skipped the last question." : "The candidate skipped the question.");

    private static TurnDecision NoSpeech(List<PlannedQuestion> remaining) =>
        MoveOn(remaining, "no-speech", "No speech in this answer: it ended as soon as it started, so the interviewer moves on.");

    /// <summary>The next planned question, or the end when none is left; <paramref name="cause"/> names the rule.</summary>
    private static TurnDecision MoveOn(List<PlannedQuestion> remaining, string cause, string reason) => remaining.Count == 0
        ? new TurnDecision(TurnKind.End, "That was the last question. Thank you.", $"end.{cause}", reason, TurnDecision.RulesEngine)
        : new TurnDecision(TurnKind.NextQuestion, remaining[0].Text, $"next.{cause}", reason, TurnDecision.RulesEngine) { Next = remaining[0] };

    private static async Task<PracticeSession> FindAsync(LiveDbContext db, string ownerId, Guid sessionId, CancellationToken ct)
    {
        var session = await db.Sessions.SingleOrDefaultAsync(s => s.Id == sessionId && s.OwnerId == ownerId, ct)
            ?? throw new KeyNotFoundException("No such session.");
        return session.Kind == SessionKind.Live ? session : throw new InvalidOperationException("This session is an uploaded recording, not a live interview.");
    }

    private async Task<IReadOnlySet<string>> RecentlyAskedAsync(LiveDbContext db, string ownerId, Guid sessionId, CancellationToken ct)
    {
        var since = clock.UtcNow - RecentWindow;
        var recentSessions = db.Sessions.Where(s => s.OwnerId == ownerId && s.Id != sessionId && s.CreatedAt >= since).Select(s => s.Id);
        var ids = await db.Answers.Where(a => recentSessions.Contains(a.SessionId) && a.QuestionId != null).Select(a => a.QuestionId!).Distinct().ToListAsync(ct);
        return ids.ToHashSet(StringComparer.Ordinal);
    }

    private static StoredPlan Plan(PracticeSession session) =>
        JsonSerializer.Deserialize<StoredPlan>(session.PlanJson ?? "{}", Json) ?? new StoredPlan([], []);

    private static PendingTurn? Pending(PracticeSession session) =>
        session.PendingTurnJson is null || session.Status == SessionStatus.Ended ? null : JsonSerializer.Deserialize<PendingTurn>(session.PendingTurnJson, Json);

    /// <summary>A seed that is the same for the same session on every machine (string hash codes are randomised per process).</summary>
    private static int StableSeed(Guid sessionId) => BitConverter.ToInt32(sessionId.ToByteArray(), 0);
}
