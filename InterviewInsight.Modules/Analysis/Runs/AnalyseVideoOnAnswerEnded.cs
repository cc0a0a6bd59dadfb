using Hangfire;
using InterviewInsight.Modules.Engines.Vision;
using InterviewInsight.Modules.Live.Contracts;
using InterviewInsight.Modules.Shared.Outbox;

namespace InterviewInsight.Modules.Analysis.Runs;

/// <summary>
/// Each answer's video is observed while the interview goes on, so the end of the interview leaves only the last answer
/// to the session's run. Answers without consented video, or too short to be worth a pass, are left to the run.
/// </summary>
internal sealed class AnalyseVideoOnAnswerEnded(IBackgroundJobClient jobs) : IEventHandler<AnswerEnded>
{
    public Task HandleAsync(AnswerEnded ended, CancellationToken ct)
    {
        if (ended.VideoConsented && ended.To - ended.From >= ObservedRange.MinGapSeconds)
        {
            jobs.Enqueue<AnswerVisionJob>(j => j.RunAsync(
                ended.OwnerId, ended.SessionId, ended.AnswerId, ended.MediaPath, ended.SegmentOffsetSeconds, ended.From, ended.To, ended.ExpressionsConsented, CancellationToken.None));
        }

        return Task.CompletedTask;
    }
}
