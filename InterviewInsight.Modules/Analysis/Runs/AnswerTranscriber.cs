using Hangfire;
using InterviewInsight.Modules.Analysis.Contracts;
using InterviewInsight.Modules.Shared.Progress;
using Microsoft.Extensions.Configuration;

namespace InterviewInsight.Modules.Analysis.Runs;

/// <summary>Hands an answer to the interactive queue and waits for its transcript on the progress bus.</summary>
internal sealed class AnswerTranscriber(IBackgroundJobClient jobs, IProgressBus bus, IConfiguration config) : IAnswerTranscriber
{
    public async Task<AnswerTranscript> TranscribeAsync(AnswerAudio audio, CancellationToken ct = default)
    {
        if (audio.End <= audio.Start)
        {
            throw new ArgumentException("An answer must end after it starts.", nameof(audio));
        }

        var requestId = Guid.NewGuid();
        var outcome = new TaskCompletionSource<AnswerTranscriptionJob.Outcome>(TaskCreationOptions.RunContinuationsAsynchronously);

        // Subscribe before enqueueing, so even an instant job cannot publish before anyone listens.
        using var subscription = bus.Subscribe<AnswerTranscriptionJob.Outcome>(AnswerTranscriptionJob.TopicFor(requestId), o =>
        {
            outcome.TrySetResult(o);
            return Task.CompletedTask;
        });
        var (sessionId, mediaPath, offset, start, end) = (audio.SessionId, audio.Media.Path, audio.SegmentOffsetSeconds, audio.Start, audio.End);
        jobs.Enqueue<AnswerTranscriptionJob>(j => j.RunAsync(requestId, sessionId, mediaPath, offset, start, end, CancellationToken.None));

        var timeout = TimeSpan.FromSeconds(config.GetValue("Analysis:AnswerTranscriptionTimeoutSeconds", 60));
        AnswerTranscriptionJob.Outcome result;
        try
        {
            result = await outcome.Task.WaitAsync(timeout, ct);
        }
        catch (TimeoutException)
        {
            throw new TimeoutException($"The answer was not transcribed within {timeout.TotalSeconds:0} s: no worker took the interactive job.");
        }

        return result.Transcript ?? throw new InvalidOperationException(result.Error ?? "The answer could not be transcribed.");
    }
}
