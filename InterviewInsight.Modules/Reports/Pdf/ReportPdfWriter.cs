using System.Globalization;
using InterviewInsight.Modules.Engines.Quality;
using InterviewInsight.Modules.Engines.Results;
using InterviewInsight.Modules.Engines.Scoring;
using InterviewInsight.Modules.Engines.Speech;
using SkiaSharp;

namespace InterviewInsight.Modules.Reports.Pdf;

/// <summary>
/// Writes a session's report as a vector PDF with embedded fonts, in the dashboard's order: cover, scores with their
/// explanations and bands, timelines, moments, recommendations, answers, the marked transcript, and the reflection.
/// </summary>
internal static class ReportPdfWriter
{
    private static readonly SKColor FillerMark = new(0xff, 0xcd, 0xd2);
    private static readonly SKColor FillerInk = new(0xb7, 0x1c, 0x1c);
    private static readonly SKColor CardLine = new(0xbd, 0xbd, 0xbd);

    public static void Write(ReportContent report, Stream output)
    {
        using var fonts = new ReportFonts();
        var session = report.Session;
        var metadata = new SKDocumentPdfMetadata
        {
            Title = $"Interview practice report: {session.SetUp.Role}",
            Creator = "InterviewInsight",
            Producer = "InterviewInsight (SkiaSharp PDF)",
            Creation = session.CreatedAt,
            Modified = DateTime.UtcNow,
        };
        using var pdf = new PdfComposer(output, fonts, metadata, $"InterviewInsight · {session.SetUp.Role}");
        var result = report.Result;

        Cover(pdf, report);
        Scores(pdf, result.Scores);
        Timelines(pdf, result);
        Segments(pdf, result.Segments);
        Recommendations(pdf, result.Recommendations, measured: result.Scores?.Overall is not null);
        Answers(pdf, result);
        Transcript(pdf, result);
        Reflection(pdf, report);
        pdf.Close();
    }

    private static void Cover(PdfComposer pdf, ReportContent report)
    {
        var (session, result) = (report.Session, report.Result);
        pdf.NewPage();
        pdf.Gap(60);
        pdf.Paragraph("Interview practice report", 12, PdfComposer.Accent, bold: true);
        pdf.Paragraph(session.SetUp.Role + (string.IsNullOrWhiteSpace(session.SetUp.Domain) ? "" : $" · {session.SetUp.Domain}"), 24, bold: true);
        pdf.Paragraph($"{session.SetUp.Seniority} · {session.SetUp.InterviewType} · {session.Kind} session", 11, PdfComposer.Muted);
        pdf.Paragraph($"Recorded {session.CreatedAt.ToString("d MMMM yyyy, HH:mm", CultureInfo.InvariantCulture)} UTC · {ReportText.Clock(result.DurationSeconds)} long", 11, PdfComposer.Muted);
        pdf.Gap(24);
        if (result.Scores?.Overall is { } overall)
        {
            pdf.Paragraph($"Overall {Whole(overall.Value)}/100 · {overall.Band}", 20, bold: true);
        }

        pdf.Gap(16);
        pdf.Heading("Engines used", 12);
        var engines = result.Engines;
        Line(pdf, "Transcription", (engines.Speech ?? "none") + (engines.SpeechLowAccuracy ? " (low accuracy: treat single words with care)" : ""));
        Line(pdf, "Vision", engines.Vision ?? "none");
        Line(pdf, "Content", engines.Content ?? "none");
        Line(pdf, "Answer judge", engines.Judge ?? "none");
        if (result.Quality.Count > 0)
        {
            pdf.Heading("About this recording", 12);
            foreach (var flag in result.Quality)
            {
                pdf.Paragraph("• " + flag.Message, 9.5f);
            }
        }

        pdf.Gap(16);
        pdf.Paragraph("Scores describe observable behaviour in this recording, not you as a candidate.", 9, PdfComposer.Muted);
    }

    private static void Scores(PdfComposer pdf, ScoreSet? scores)
    {
        pdf.NewPage();
        pdf.Heading("Scores");
        var cards = new (string Name, Score? Score)[]
        {
            ("Overall", scores?.Overall), ("Content", scores?.Content), ("Delivery", scores?.Delivery), ("Presence", scores?.Presence),
        };
        pdf.Block(86, (canvas, area) =>
        {
            var width = (area.Width - 24) / 4;
            for (var i = 0; i < cards.Length; i++)
            {
                var box = new SKRect(area.Left + (i * (width + 8)), area.Top, area.Left + (i * (width + 8)) + width, area.Bottom - 10);
                using var line = new SKPaint { Color = CardLine, IsStroke = true, StrokeWidth = 0.8f, IsAntialias = true };
                canvas.DrawRoundRect(box, 4, 4, line);
                pdf.DrawText(cards[i].Name, box.Left + 8, box.Top + 16, 10, PdfComposer.Muted, bold: true);
                if (cards[i].Score is { } score)
                {
                    pdf.DrawText($"{Whole(score.Value)}/100", box.Left + 8, box.Top + 44, 20, PdfComposer.Ink, bold: true);
                    pdf.DrawText(score.Band, box.Left + 8, box.Top + 58, 8.5f, PdfComposer.Ink, bold: false);
                    pdf.DrawText($"confidence {ReportText.Percent(score.Confidence)}", box.Left + 8, box.Top + 70, 8, PdfComposer.Muted, bold: false);
                }
                else
                {
                    pdf.DrawText("not scored", box.Left + 8, box.Top + 44, 11, PdfComposer.Muted, bold: false);
                }
            }
        });

        foreach (var (name, score) in cards.Where(c => c.Score is not null))
        {
            pdf.Heading($"{name}: how it was measured", 11);
            foreach (var c in score!.Components)
            {
                pdf.Flow(
                [
                    new TextRun($"{c.Name}:", PdfComposer.Ink, Bold: true),
                    new TextRun($"{c.MeasuredText} → {Whole(c.Value)} ({Percent(c.Weight)} of the score).", PdfComposer.Ink),
                    new TextRun($"Band: {c.Band}.", PdfComposer.Muted),
                ], 9);
            }

            var evidence = score.Evidence.Where(e => e.Quote is not null).Take(3).ToList();
            foreach (var e in evidence)
            {
                pdf.Paragraph($"{ReportText.Range(e.Start, e.End)} “{e.Quote}”", 9, PdfComposer.Muted);
            }
        }

        pdf.Gap(6);
        pdf.Paragraph("Bands follow published research on interview delivery (pace 120–165 words per minute, up to ~5 fillers per minute, 50–75% eye contact).", 8.5f, PdfComposer.Muted);
    }

    private static void Timelines(PdfComposer pdf, AnalysisResult result)
    {
        var series = TimelinePlots.Present(result.Timeline).ToList();
        if (series.Count == 0)
        {
            return;
        }

        pdf.NewPage();
        pdf.Heading("Over time");
        foreach (var (label, unit, color, values) in series)
        {
            pdf.Block(150, (canvas, area) => TimelinePlots.Draw(canvas, area, label, unit, color, values, result.Timeline.StepSeconds));
            pdf.Gap(6);
        }
    }

    private static void Segments(PdfComposer pdf, IReadOnlyList<Segment> segments)
    {
        pdf.Heading("Moments to replay");
        if (segments.Count == 0)
        {
            pdf.Paragraph("Nothing stood out enough to single out.", 10, PdfComposer.Muted);
        }

        foreach (var s in segments)
        {
            pdf.EnsureSpace(50);
            pdf.Flow([new TextRun(ReportText.SegmentTitle(s.Kind), PdfComposer.Ink, Bold: true), new TextRun(ReportText.Range(s.Start, s.End), PdfComposer.Muted)]);
            pdf.Paragraph(s.Measured, 9.5f, indent: 10);
            pdf.Paragraph(s.Suggestion, 9.5f, PdfComposer.Accent, indent: 10);
            pdf.Gap(4);
        }
    }

    private static void Recommendations(PdfComposer pdf, IReadOnlyList<Recommendation> recommendations, bool measured)
    {
        pdf.Heading("What to work on next");
        if (recommendations.Count == 0)
        {
            pdf.Paragraph(measured
                ? "Every measured part is within its band. Keep practising with new questions."
                : "Nothing could be measured, so there is nothing to recommend yet.");
        }

        var number = 1;
        foreach (var r in recommendations)
        {
            pdf.Flow([new TextRun($"{number++}.", PdfComposer.Ink, Bold: true), new TextRun(r.Text, PdfComposer.Ink)]);
            var where = r.Evidence.Take(3).Select(e => ReportText.Range(e.Start, e.End)).ToList();
            pdf.Paragraph($"up to +{r.ExpectedGain.ToString("0.#", CultureInfo.InvariantCulture)} Overall points" + (where.Count > 0 ? $" · see {string.Join(", ", where)}" : ""), 8.5f, PdfComposer.Muted, indent: 14);
            pdf.Gap(3);
        }
    }

    private static void Answers(PdfComposer pdf, AnalysisResult result)
    {
        var answers = result.Answers;
        if (answers.Count == 0)
        {
            return;
        }

        pdf.NewPage();
        pdf.Heading("Answers");
        foreach (var answer in answers)
        {
            pdf.EnsureSpace(80);
            pdf.Paragraph(answer.Question ?? "The whole recording (no questions were marked)", 11, bold: true);
            var measured = new List<string> { ReportText.Range(answer.Start, answer.End) };
            if (answer.Speech is { } voice && !WordsTrusted(result))
            {
                measured.Add($"longest pause {voice.Pauses.LongestSeconds.ToString("0.0", CultureInfo.InvariantCulture)} s");
            }
            else if (answer.Speech is { } s)
            {
                measured.Add($"{s.WordCount} words · {Whole(s.WordsPerMinute)} wpm · {s.Fillers.Count} fillers · longest pause {s.Pauses.LongestSeconds.ToString("0.0", CultureInfo.InvariantCulture)} s");
            }

            if (answer.Vision is { EyeContactRatio: { } eye })
            {
                measured.Add($"eye contact {ReportText.Percent(eye)}");
            }

            if (answer.Scores?.Overall is { } score)
            {
                measured.Add($"answer score {Whole(score.Value)}");
            }

            pdf.Paragraph(string.Join(" · ", measured), 9, PdfComposer.Muted);
            if (answer.Content is { } c)
            {
                var content = new List<string>();
                if (c.Relevance is { } relevance)
                {
                    content.Add($"On the question: {ReportText.Percent(relevance.Value)}");
                }

                content.Add($"Structure: {ReportText.Star(c.Star)}");
                content.Add($"{c.Specificity.ItemsPer100Words.ToString("0.#", CultureInfo.InvariantCulture)} specific details per 100 words");
                content.Add($"“I” {c.Pronouns.I}, “we” {c.Pronouns.We}");
                content.Add($"length: {c.Length.Verdict}");
                pdf.Paragraph(string.Join(" · ", content), 9.5f);
                if (c.Judge is { } judge)
                {
                    pdf.Paragraph($"{judge.Summary} (judged by {judge.Engine})", 9.5f, PdfComposer.Accent);
                    foreach (var criterion in judge.Criteria)
                    {
                        pdf.Paragraph($"{criterion.Name} {criterion.Score}/5" + (criterion.Quote is { } quote ? $": “{quote}”" : ": nothing to quote"), 9, PdfComposer.Muted, indent: 10);
                    }
                }
            }

            pdf.Gap(8);
        }
    }

    /// <summary>False for a recording that did not sound like English: its words are the recogniser's guesses.</summary>
    private static bool WordsTrusted(AnalysisResult result) => !result.Quality.Any(q => q.Code == QualityFlag.NotEnglish);

    private static void Transcript(PdfComposer pdf, AnalysisResult result)
    {
        if (result.Speech is not { } speech || !WordsTrusted(result))
        {
            return;
        }

        pdf.NewPage();
        pdf.Heading("Transcript");
        pdf.Flow(
        [
            new TextRun($"Transcribed by {result.Engines.Speech ?? "an unknown engine"}. Filler words are", PdfComposer.Muted),
            new TextRun("marked", FillerInk, Background: FillerMark),
            new TextRun("and pauses over 3 s mid-answer are shown as [4.2 s pause].", PdfComposer.Muted),
        ], 9);
        pdf.Gap(6);
        if (speech.Words.Count == 0)
        {
            pdf.Paragraph("No words were recognised.");
            return;
        }

        pdf.Flow(MarkedWord.From(speech).SelectMany(Runs), 10);

        static IEnumerable<TextRun> Runs(MarkedWord token)
        {
            if (token.PauseBefore is { } pause)
            {
                yield return new TextRun($"[{pause.ToString("0.0", CultureInfo.InvariantCulture)} s pause]", PdfComposer.Muted);
            }

            yield return token.IsFiller ? new TextRun(token.Text, FillerInk, Background: FillerMark) : new TextRun(token.Text, PdfComposer.Ink);
        }
    }

    private static void Reflection(PdfComposer pdf, ReportContent report)
    {
        if (report.Reflection is not { } reflection)
        {
            return;
        }

        pdf.NewPage();
        pdf.Heading("Your reflection");
        Prompt(pdf, "What went well", reflection.WentWell);
        Prompt(pdf, "What to change next time", reflection.ToChange);
        Prompt(pdf, "How it felt", reflection.Feeling);
        pdf.Heading("Coaching response", 12);
        foreach (var paragraph in reflection.CoachingResponse.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            pdf.Paragraph(paragraph);
            pdf.Gap(3);
        }
    }

    private static void Prompt(PdfComposer pdf, string prompt, string answer)
    {
        if (!string.IsNullOrWhiteSpace(answer))
        {
            pdf.Paragraph(prompt, 10, PdfComposer.Muted, bold: true);
            pdf.Paragraph(answer);
            pdf.Gap(4);
        }
    }

    private static void Line(PdfComposer pdf, string name, string value) =>
        pdf.Flow([new TextRun(name + ":", PdfComposer.Ink, Bold: true), new TextRun(value, PdfComposer.Ink)], 10);

    private static string Whole(double value) => value.ToString("0", CultureInfo.InvariantCulture);

    private static string Percent(double ratio) => ReportText.Percent(ratio);
}
