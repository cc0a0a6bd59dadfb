using System.Globalization;
using InterviewInsight.Modules.Analysis.Contracts;
using InterviewInsight.Modules.Engines.Content.Judging;
using InterviewInsight.Modules.Live.Contracts;
using InterviewInsight.Modules.Progress.Trends;

namespace InterviewInsight.Modules.Progress.Compare;

/// <summary>Reads two of the owner's analysed answers through Live's and Analysis's contracts and says what changed.</summary>
internal sealed class AttemptComparer(ILiveApi live, IAnalysisApi analysis)
{
    /// <summary>Null when either answer is not the owner's or has no analysed result.</summary>
    public async Task<AttemptComparison?> CompareAsync(string ownerId, Guid earlier, Guid later, CancellationToken ct = default)
    {
        var a = await ReadAsync(ownerId, earlier, ct);
        var b = a is null ? null : await ReadAsync(ownerId, later, ct);
        return a is null || b is null ? null : new AttemptComparison(a, b, AttemptChanges.Between(a.Attempt, b.Attempt));
    }

    /// <summary>The earlier attempt a retake practised again; null when the answer is not the owner's or not a retake.</summary>
    public async Task<Guid?> RetakenAnswerAsync(string ownerId, Guid answerId, CancellationToken ct = default) =>
        (await live.FindAnswerAsync(ownerId, answerId, ct))?.RetakeOfAnswerId;

    private async Task<ComparedAttempt?> ReadAsync(string ownerId, Guid answerId, CancellationToken ct)
    {
        if (await live.FindAnswerAsync(ownerId, answerId, ct) is not { } answer
            || await live.GetSessionAsync(ownerId, answer.SessionId, ct) is not { } session
            || await analysis.GetLatestResultAsync(ownerId, answer.SessionId, ct) is not { } result
            || AttemptMeasures.Find(result, answerId) is not { } measured)
        {
            return null;
        }

        var media = await analysis.GetLatestMediaAsync(ownerId, answer.SessionId, ct);
        var attempt = AttemptMeasures.From(answer.SessionId, answerId, answer.RetakeOfAnswerId, session.EndedAt ?? session.CreatedAt, result, measured);
        var fragment = string.Create(CultureInfo.InvariantCulture, $"#t={measured.Start:0.##},{measured.End:0.##}");
        return new ComparedAttempt(
            attempt,
            answer.Question,
            measured.Speech?.Transcript,
            JudgeNotes(measured.Content?.Judge),
            $"/api/sessions/{answer.SessionId}/media{fragment}",
            media?.ContentType.StartsWith("video/", StringComparison.OrdinalIgnoreCase) ?? true);
    }

    private static IReadOnlyList<string> JudgeNotes(JudgeResult? judge) => judge is null
        ? []
        : [
            $"{judge.Summary} (judged by {judge.Engine})",
            .. judge.Criteria.Select(c => c.Quote is null ? $"{c.Name}: {c.Score}/5" : $"{c.Name}: {c.Score}/5, “{c.Quote}”"),
            .. judge.Notes,
        ];
}
