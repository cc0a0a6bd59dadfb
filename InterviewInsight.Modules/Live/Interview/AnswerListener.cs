using InterviewInsight.Modules.Live.Data;
using InterviewInsight.Modules.Live.Interview.Transcription;
using InterviewInsight.Modules.Shared.Media;
using Microsoft.EntityFrameworkCore;

namespace InterviewInsight.Modules.Live.Interview;

/// <summary>
/// Listens while the candidate answers: each stored chunk hands the open answer's audio so far to the transcriber, which
/// transcribes its finished utterances ahead, so the next turn waits only for the answer's last few seconds.
/// </summary>
internal sealed class AnswerListener(AnswerTranscriber transcriber)
{
    /// <summary>Less than this is never a finished utterance worth transcribing ahead.</summary>
    private const double MinRecordedSeconds = 5;

    public async Task RecordingGrewAsync(LiveDbContext db, PracticeSession session, RecordingSegment segment, CancellationToken ct)
    {
        if (!session.ConsentAudio || !MediaKey.TryParse(segment.MediaPath, out var media))
        {
            return;
        }

        var open = await db.Answers.AsNoTracking()
            .Where(a => a.SessionId == session.Id && a.EndSeconds == null)
            .OrderByDescending(a => a.Index)
            .FirstOrDefaultAsync(ct);
        var recordedUpTo = segment.OffsetSeconds + segment.DurationSeconds;
        if (open is null || recordedUpTo - open.StartSeconds < MinRecordedSeconds)
        {
            return;
        }

        transcriber.TranscribeAhead(new AnswerAudio(session.Id, media, segment.OffsetSeconds, Math.Max(open.StartSeconds, segment.OffsetSeconds), recordedUpTo));
    }
}
