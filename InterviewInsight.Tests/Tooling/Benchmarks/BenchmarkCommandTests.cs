using System.Globalization;
using InterviewInsight.Modules.Tooling.Benchmarks;
using InterviewInsight.Tests.TestInfrastructure;

namespace InterviewInsight.Tests.Tooling.Benchmarks;

[Trait("Category", "Integration")]
public sealed class BenchmarkCommandTests
{
    [Fact]
    public async Task Given_the_shared_test_data_When_a_short_quick_benchmark_runs_Then_the_report_has_every_section_and_positive_figures()
    {
        // Arrange: the children are the Web app beside the test binaries, started through the dotnet host.
        var webDll = Path.Combine(AppContext.BaseDirectory, "InterviewInsight.Web.dll");
        File.Exists(webDll).ShouldBeTrue($"{webDll} should be copied beside the tests (project reference).");
        var report = Path.Combine(Path.GetTempPath(), $"ii-benchmarks-{Guid.NewGuid():N}.md");
        var log = new StringWriter();

        try
        {
            // Act
            var run = await BenchmarkCommand.RunAsync(
                ChildHost.ForDll(webDll), TestAssets.ModelsDir, TestAssets.TestDataDir, report, quick: true, shortSeconds: 20, "benchmark --quick --short-seconds 20", log, CancellationToken.None);
            var markdown = await File.ReadAllTextAsync(report);

            // Assert: one 20 s input (the command's figures use 60 s; the test checks the machinery), every case measured with real work done.
            run.Inputs.Count.ShouldBe(1, log.ToString());
            var minute = run.Inputs[0];
            minute.Input.Media.DurationSeconds.ShouldBeInRange(19, 21);
            minute.Speech.WordCount.ShouldBeGreaterThan(20);
            minute.Bare.WordCount.ShouldBeGreaterThan(20);
            minute.VisionFiveFps.FramesAnalysed.ShouldBeInRange(95, 105);
            minute.VisionEveryFrame.FramesAnalysed.ShouldBeInRange(495, 505, "25 fps over the encoded length");
            foreach (var c in new[] { minute.Speech, minute.VisionFiveFps, minute.VisionEveryFrame, minute.Whole })
            {
                c.Seconds.ShouldBeGreaterThan(0, c.Case);
                c.ModelLoadSeconds.ShouldBeGreaterThan(0, c.Case);
                c.PeakWorkingSetBytes.ShouldBeGreaterThan(50L * 1024 * 1024, c.Case);
            }

            foreach (var section in new[] { "# Benchmarks", "## Machine", "## How the figures are taken", "## Inputs", "## 20-second recording", "## Not measured by this command" })
            {
                markdown.ShouldContain(section);
            }

            markdown.ShouldNotContain("## 10-minute recording");
            markdown.ShouldContain("Whisper log-mel front end");
            foreach (var row in new[] { "Speech pipeline (SpeechAnalyzer", "Bare engine: `pocketsphinx_continuous", "Vision at 5 fps", "Vision every frame", "Whole RecordingAnalyzer (speech" })
            {
                var (seconds, rtf) = Figures(markdown, row);
                seconds.ShouldBeGreaterThan(0, row);
                rtf.ShouldBeGreaterThan(0, row);
            }

            markdown.ShouldMatch(@"\| Speech pipeline / bare engine \| \d+\.\d\dx \|");
            markdown.ShouldMatch(@"\| landmarks \| \d+\.\d\d \| \d+\.\d\d \|");
        }
        finally
        {
            File.Delete(report);
        }
    }

    /// <summary>Time and real-time factor of the table row that starts with the given text.</summary>
    private static (double Seconds, double RealTimeFactor) Figures(string markdown, string rowStart)
    {
        var line = markdown.Split('\n').FirstOrDefault(l => l.StartsWith("| " + rowStart, StringComparison.Ordinal));
        line.ShouldNotBeNull($"row '{rowStart}' missing");
        var cells = line.Split('|').Select(c => c.Trim()).ToList();
        return (double.Parse(cells[2], CultureInfo.InvariantCulture), double.Parse(cells[3], CultureInfo.InvariantCulture));
    }
}
