using InterviewInsight.Modules.Live.Data;
using InterviewInsight.Modules.Shared.Media;
using InterviewInsight.Modules.Shared.PersonalData;
using Microsoft.EntityFrameworkCore;

namespace InterviewInsight.Modules.Live.Sessions;

/// <summary>The export's sessions: set-up, questions, transcripts and the interviewer's decisions, and each recording as it was received.</summary>
internal sealed class SessionsPersonalData(IDbContextFactory<LiveDbContext> dbs, IMediaStore media) : IPersonalDataSource
{
    public async Task WriteAsync(string ownerId, PersonalDataArchive archive, CancellationToken ct)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        var sessions = await db.Sessions.AsNoTracking().Where(s => s.OwnerId == ownerId).OrderBy(s => s.CreatedAt).ToListAsync(ct);
        foreach (var session in sessions)
        {
            var folder = $"sessions/{session.Id:N}";
            var answers = await db.Answers.AsNoTracking().Where(a => a.SessionId == session.Id).OrderBy(a => a.Index).ToListAsync(ct);
            var segments = await db.Segments.AsNoTracking().Where(s => s.SessionId == session.Id).OrderBy(s => s.Index).ToListAsync(ct);
            await archive.AddJsonAsync($"{folder}/session.json", new
            {
                session.Id,
                session.Title,
                session.Kind,
                session.Status,
                SetUp = session.ToSetUp(),
                session.CreatedAt,
                session.EndedAt,
                Answers = answers.Select(a => new
                {
                    a.Id, a.Index, a.QuestionId, Question = a.QuestionText, a.Kind, Start = a.StartSeconds, End = a.EndSeconds,
                    a.Transcript, InterviewerRule = a.TurnRule, InterviewerReason = a.TurnReason,
                }),
                Recordings = segments.Select(s => new { s.Index, s.MimeType, s.OffsetSeconds, s.DurationSeconds, s.OriginalFileName, s.CreatedAt }),
            }, ct);
            foreach (var segment in segments)
            {
                if (MediaKey.TryParse(segment.MediaPath, out var key))
                {
                    await archive.AddMediaAsync($"{folder}/recording-{segment.Index}{Path.GetExtension(key.FileName)}", media, key, ct);
                }
            }
        }
    }
}
