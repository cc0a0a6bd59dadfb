using InterviewInsight.Modules.Tooling.LiveBenchmarks;
using InterviewInsight.Tests.TestInfrastructure;
using InterviewInsight.Web.Hosting;

namespace InterviewInsight.Tests.Tooling.LiveBenchmarks;

[Trait("Category", "Integration")]
public sealed class LiveBenchmarkCommandTests
{
    [Fact]
    public async Task Given_the_real_host_and_models_When_a_short_live_benchmark_runs_Then_the_report_has_decided_turns_and_a_dashboard_time()
    {
        // Arrange: two planned questions, 8 s answers, on a clock that stands still while the server works, so the
        // interview follows the same script however fast or busy the machine is. Nothing here asserts a latency.
        var report = Path.Combine(Path.GetTempPath(), $"ii-live-benchmark-{Guid.NewGuid():N}.md");
        var log = new StringWriter();
        string[] args =
        [
            "--testdata", TestAssets.TestDataDir, "--out", report, "--questions", "2", "--answer-seconds", "8", "--clock", "stepped", "--camera", "on",
            $"--Models:Path={TestAssets.ModelsDir}",

            // The interviewer waits as long as the transcription takes, however slow or busy the machine.
            "--Analysis:AnswerTranscriptionTimeoutSeconds=600",
        ];

        try
        {
            // Act
            var result = await LiveBenchmarkCommand.MeasureAsync(args, CliCommands.StartHostAsync, log, CancellationToken.None);
            var markdown = await File.ReadAllTextAsync(report);

            // Assert: real turns decided on transcribed speech, and a finished analysis run.
            result.Turns.Count.ShouldBeGreaterThanOrEqualTo(2, log.ToString());
            result.PlannedAnswered.ShouldBe(2, log.ToString());
            result.EndedByService.ShouldBeTrue(log.ToString());
            result.Turns.ShouldAllBe(t => t.DecideSeconds > 0 && double.IsFinite(t.DecideSeconds));
            result.Turns.ShouldContain(t => t.HeardStart != null && !t.HeardStart.StartsWith("0 words", StringComparison.Ordinal), log.ToString());
            result.ChunksSent.ShouldBeGreaterThan(10);
            double.IsFinite(result.DashboardReadySeconds).ShouldBeTrue();
            result.DashboardReadySeconds.ShouldBeGreaterThan(0);
            result.AnalysisTimings.ShouldNotBeNull().TotalSeconds.ShouldBeGreaterThan(0);
            markdown.ShouldContain("## Turns");
            markdown.ShouldContain("## End of interview → dashboard ready");
            markdown.ShouldContain("Stepped clock");
            result.Turns.ShouldAllBe(t => t.AnswerSeconds > 0 && !t.Late, log.ToString());
            markdown.ShouldMatch(@"\| 2 \| (Planned|FollowUp|Clarification) \|");
        }
        finally
        {
            File.Delete(report);
        }
    }
}
