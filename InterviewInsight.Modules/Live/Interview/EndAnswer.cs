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
/// The candidate ends an answer (the button, a long silence or a skip): the answer is transcribed in this process
/// (<see cref="AnswerTranscriber"/>), the next turn is decided and stored with its rule and reason, and
/// <see cref="AnswerEnded"/> hands the answer's video to analysis in the same transaction.
/// </summary>
internal sealed class EndAnswer(
    IDbContextFactory<LiveDbContext> dbs,
    QuestionBank bank,
    ITurnDecider decider,
    AnswerTranscriber transcriber,
    IClock clock,
    ILogger<EndAnswer> logger)
{
    /// <summary>Closes the answer, transcribes it, decides and stores the next turn; null when the interview is over.</summary>
    public async Task<PendingTurn?> EndAsync(string ownerId, Guid sessionId, Guid answerId, double endSeconds, bool skipped, CancellationToken ct = default)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        var session = await db.FindLiveAsync(ownerId, sessionId, ct);
        var answers = await db.AnswersInOrderAsync(sessionId, ct);
        var answer = answers.SingleOrDefault(a => a.Id == answerId) ?? throw new KeyNotFoundException("No such answer.");
        if (answer.EndSeconds is not null || session.Status == SessionStatus.Ended)
        {
            // Ended already (the button and a long silence at once, a retried request, an interview ended meanwhile):
            // the turn decided then stands.
            return session.Pending();
        }

        // A clock that jumps back, or "I'm done" pressed at once, ends an answer no later than it started: it is kept
        // as an empty answer and the interviewer moves on as for a skip.
        answer.EndSeconds = Math.Max(answer.StartSeconds, endSeconds);
        var empty = answer.EndSeconds <= answer.StartSeconds;

        var plannedAsked = answers.Count(a => a.Kind == AnswerKind.Planned);
        var remaining = (session.Plan?.Questions ?? []).Skip(plannedAsked).ToList();
        if (skipped || empty)
        {
            await transcriber.StopAheadAsync(sessionId, answer.StartSeconds);
        }

        var decision = (skipped, empty) switch
        {
            (true, _) => NextTurns.Skip(remaining),
            (_, true) => NextTurns.NoSpeech(remaining),
            _ => await DecideAsync(db, session, answers, answer, remaining, ct),
        };

        answer.TurnRule = decision.Rule;
        answer.TurnReason = $"{decision.Reason} ({decision.Engine})";
        var next = NextTurns.Pending(decision, answer.QuestionId, remaining);
        session.PendingTurn = next;
        if (next is not null)
        {
            // With the turn, in the same transaction: the answer's video is analysed while the interview goes on; the
            // last answer is left to the session's run, which starts at once anyway.
            await AddAnswerEndedAsync(db, session, answers, answer, ct);
        }

        await db.SaveChangesAsync(ct);
        return next;
    }

    private async Task<TurnDecision> DecideAsync(
        LiveDbContext db, PracticeSession session, List<Answer> answers, Answer answer, List<PlannedQuestion> remaining, CancellationToken ct)
    {
        var parent = answer.QuestionId is { } id ? bank.Find(id) : null;
        var onThisQuestion = answers.SkipWhile(a => a.Index < answers.FindLastIndex(x => x.Kind == AnswerKind.Planned && x.Index <= answer.Index))
            .TakeWhile(a => a.Index <= answer.Index).ToList();
        answer.Transcript = await TranscribeAsync(db, session, answer, ct);
        if (parent is null || answer.Transcript is null)
        {
            var reason = answer.Transcript is null ? "The answer could not be transcribed in time, so the interviewer moves on." : "This question is not in the bank.";
            return NextTurns.MoveOn(remaining, "no-transcript", reason);
        }

        // Everything said on this question so far (the answer and those to its follow-ups), with word times, so the
        // rules read the same sentences the report's content analysis will.
        var said = onThisQuestion
            .SelectMany(a => a.Transcript?.Words ?? [])
            .ToList();
        var seconds = onThisQuestion.Sum(a => (a.EndSeconds ?? a.StartSeconds) - a.StartSeconds);
        var context = new TurnContext(parent, SaidSoFar.From(said, seconds), onThisQuestion.Count(a => a.Kind != AnswerKind.Planned), remaining)
        {
            EarlierRules = [.. onThisQuestion.Where(a => a.Id != answer.Id && a.TurnRule is not null).Select(a => a.TurnRule!)],
        };
        return await decider.DecideAsync(context, ct);
    }

    private async Task<AnswerTranscript?> TranscribeAsync(LiveDbContext db, PracticeSession session, Answer answer, CancellationToken ct)
    {
        var segment = await db.LatestSegmentAsync(session.Id, ct);
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

    /// <summary>The stretch of recording that ends with this answer, from the end of the previous one (so the question is in it).</summary>
    private async Task AddAnswerEndedAsync(LiveDbContext db, PracticeSession session, List<Answer> answers, Answer answer, CancellationToken ct)
    {
        var segment = await db.LatestSegmentAsync(session.Id, ct);
        if (!session.CameraOn || segment is null || !MediaKey.TryParse(segment.MediaPath, out var media))
        {
            return;
        }

        var previousEnd = answers.Where(a => a.Index < answer.Index).Select(a => a.EndSeconds).LastOrDefault() ?? 0;
        var from = Math.Max(previousEnd, segment.OffsetSeconds);
        db.AddEvent(new AnswerEnded(session.Id, session.OwnerId, answer.Id, media.Path, segment.OffsetSeconds, from, answer.EndSeconds!.Value,
            session.ConsentVideo, session.ConsentExpressions), clock.UtcNow);
    }
}
