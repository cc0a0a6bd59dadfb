using InterviewInsight.Modules.Analysis.Contracts;
using InterviewInsight.Modules.Live.Contracts;
using InterviewInsight.Modules.Progress.Contracts;
using InterviewInsight.Modules.Reports.Pdf;

namespace InterviewInsight.Modules.Reports;

/// <summary>What a report request finds: no such session (for this owner), a session not analysed yet, or the content.</summary>
internal enum ReportState
{
    NotFound,
    NotAnalysed,
    Ready,
}

/// <summary>Reads a report's content for the session's owner through Live's, Analysis's and Progress's contracts.</summary>
internal sealed class ReportReader(ILiveApi live, IAnalysisApi analysis, IProgressApi progress)
{
    /// <remarks>The reflection is the owner's own: <paramref name="withReflection"/> is false when someone the session is shared with reads it.</remarks>
    public async Task<(ReportState State, ReportContent? Content)> ReadAsync(string ownerId, Guid sessionId, CancellationToken ct, bool withReflection = true)
    {
        if (await live.GetSessionAsync(ownerId, sessionId, ct) is not { } session)
        {
            return (ReportState.NotFound, null);
        }

        if (await analysis.GetLatestResultAsync(ownerId, sessionId, ct) is not { } result)
        {
            return (ReportState.NotAnalysed, null);
        }

        return (ReportState.Ready, new ReportContent(session, result, withReflection ? await progress.GetReflectionAsync(ownerId, sessionId, ct) : null));
    }

    /// <summary>The PDF as bytes: small enough to hold in memory, and a failure answers 500 before any byte is sent.</summary>
    public static byte[] RenderPdf(ReportContent content)
    {
        using var buffer = new MemoryStream();
        ReportPdfWriter.Write(content, buffer);
        return buffer.ToArray();
    }

    public static string FileName(ReportContent content) =>
        $"interview-report-{content.Session.CreatedAt:yyyy-MM-dd}.pdf";
}
