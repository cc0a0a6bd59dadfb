using InterviewInsight.Modules.Engines.Quality;
using InterviewInsight.Modules.Engines.Results;
using InterviewInsight.Modules.Live.Contracts;
using InterviewInsight.Modules.Progress.Contracts;
using InterviewInsight.Modules.Reports.Pdf;

namespace InterviewInsight.Tests.Modules.Reports;

/// <summary>The PDF of a result with nothing measured: every section copes with missing modalities and says so.</summary>
public sealed class ReportPdfWriterTests
{
    [Fact]
    public void Given_a_result_without_speech_vision_or_scores_When_written_Then_a_readable_pdf_with_the_cover_notices_and_reflection()
    {
        // Arrange
        var session = new PracticeSessionDetails(Guid.NewGuid(), "alice", SessionKind.Upload, SessionStatus.Ended,
            new SessionSetUp("Data engineer", "Payments", Seniority.Junior, InterviewType.Technical, 1, null, false, new AnalysisConsent(false, false, false)),
            "en", new DateTime(2026, 3, 4, 9, 30, 0, DateTimeKind.Utc), null);
        var result = new AnalysisResult
        {
            DurationSeconds = 42,
            Engines = new ResultEngines(null, false, null, null, null),
            Provenance = new ResultProvenance(new Dictionary<string, string>(), new Dictionary<string, string>()),
            Answers = [],
            Timeline = new ResultTimeline(1, new Dictionary<string, IReadOnlyList<double?>>()),
            Quality = [new QualityFlag("audio", "not-consented", "Audio analysis was not consented.")],
            Timings = new ResultTimings(1, 0.1, new Dictionary<string, double>()),
        };
        var reflection = new SessionReflection("Stayed calm\nunder pressure", "", "tired", "You said “Stayed calm”: keep that.", DateTime.UtcNow);
        using var pdf = new MemoryStream();

        // Act
        ReportPdfWriter.Write(new ReportContent(session, result, reflection), pdf);

        // Assert
        var text = ReportPdfText.Read(pdf.ToArray());
        text.Text.ShouldContain("Data engineer · Payments");
        text.Text.ShouldContain("Recorded 4 March 2026, 09:30 UTC · 0:42 long");
        text.Text.ShouldContain("Audio analysis was not consented.");
        text.Text.ShouldContain("not scored");
        text.Text.ShouldContain("Nothing could be measured, so there is nothing to recommend yet.");
        text.Text.ShouldContain("Stayed calm under pressure");
        text.Text.ShouldContain("You said “Stayed calm”: keep that.");
        text.Text.ShouldNotContain("Transcribed by");
    }
}
