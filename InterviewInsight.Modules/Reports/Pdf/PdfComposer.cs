using SkiaSharp;

namespace InterviewInsight.Modules.Reports.Pdf;

/// <summary>One piece of flowing text in one style; a flow wraps word by word across runs.</summary>
internal sealed record TextRun(string Text, SKColor Color, bool Bold = false, SKColor? Background = null);

/// <summary>
/// Lays out an A4 PDF top to bottom on SkiaSharp's PDF backend: headings, wrapped text, boxes drawn by the caller, and a
/// new page whenever the next block would not fit. Everything stays vector; text is real text in the embedded fonts.
/// </summary>
internal sealed class PdfComposer : IDisposable
{
    public const float PageWidth = 595;
    public const float PageHeight = 842;
    public const float Margin = 48;

    public static readonly SKColor Ink = new(0x21, 0x21, 0x21);
    public static readonly SKColor Muted = new(0x5f, 0x63, 0x68);
    public static readonly SKColor Accent = new(0x15, 0x65, 0xc0);

    private static readonly char[] WordBreaks = [' ', '\n', '\r', '\t'];

    private readonly SKDocument document;
    private readonly ReportFonts fonts;
    private readonly string footer;
    private SKCanvas? canvas;
    private int pageNumber;

    public PdfComposer(Stream output, ReportFonts fonts, SKDocumentPdfMetadata metadata, string footer)
    {
        document = SKDocument.CreatePdf(output, metadata);
        this.fonts = fonts;
        this.footer = footer;
    }

    public float ContentWidth => PageWidth - (2 * Margin);

    /// <summary>Where the next block starts on the current page, in points from the top.</summary>
    public float Y { get; private set; }

    public void NewPage()
    {
        EndPage();
        canvas = document.BeginPage(PageWidth, PageHeight);
        pageNumber++;
        Y = Margin;
        DrawText($"{footer} · page {pageNumber}", Margin, PageHeight - (Margin / 2), 8, Muted, bold: false);
    }

    public void Gap(float points) => Y += points;

    /// <summary>Starts a new page unless <paramref name="points"/> more fit on this one.</summary>
    public void EnsureSpace(float points)
    {
        if (canvas is null || Y + points > PageHeight - Margin)
        {
            NewPage();
        }
    }

    public void Heading(string text, float size = 15)
    {
        // A heading never sits alone at the bottom of a page: keep room for a few lines after it.
        EnsureSpace((size * 1.6f) + 40);
        Y += size * 0.6f;
        DrawText(text, Margin, Y + size, size, Ink, bold: true);
        Y += size * 1.5f;
    }

    public void Paragraph(string text, float size = 10, SKColor? color = null, bool bold = false, float indent = 0) =>
        Flow([new TextRun(text, color ?? Ink, bold)], size, indent);

    /// <summary>Writes the runs as one wrapped paragraph; a run's background (a marked filler) is drawn behind its words.</summary>
    public void Flow(IEnumerable<TextRun> runs, float size = 10, float indent = 0)
    {
        var lineHeight = size * 1.45f;
        var left = Margin + indent;
        var right = Margin + ContentWidth;
        EnsureSpace(lineHeight);
        var x = left;
        foreach (var run in runs)
        {
            using var font = Font(size, run.Bold);
            var space = font.MeasureText(" ");
            foreach (var word in run.Text.Split(WordBreaks, StringSplitOptions.RemoveEmptyEntries))
            {
                var width = font.MeasureText(word);
                if (x > left && x + width > right)
                {
                    Y += lineHeight;
                    EnsureSpace(lineHeight);
                    x = left;
                }

                if (run.Background is { } background)
                {
                    using var fill = new SKPaint { Color = background, IsAntialias = true };
                    canvas!.DrawRoundRect(new SKRect(x - 1, Y + (size * 0.15f), x + width + 1, Y + (size * 1.3f)), 2, 2, fill);
                }

                // A real space glyph after each word, so text extraction and copy-paste see word breaks, not just gaps.
                DrawText(word + " ", x, Y + size, size, run.Color, run.Bold);
                x += width + space;
            }
        }

        Y += lineHeight;
    }

    /// <summary>Reserves <paramref name="height"/> points across the content width and lets the caller draw into them.</summary>
    public void Block(float height, Action<SKCanvas, SKRect> draw)
    {
        EnsureSpace(height);
        draw(canvas!, new SKRect(Margin, Y, Margin + ContentWidth, Y + height));
        Y += height;
    }

    public void DrawText(string text, float x, float baseline, float size, SKColor color, bool bold)
    {
        using var font = Font(size, bold);
        using var paint = new SKPaint { Color = color, IsAntialias = true };
        canvas!.DrawText(text, x, baseline, font, paint);
    }

    public SKFont Font(float size, bool bold) => new(bold ? fonts.Bold : fonts.Regular, size);

    public void Close()
    {
        EndPage();
        document.Close();
    }

    private void EndPage()
    {
        if (canvas is not null)
        {
            document.EndPage();
            canvas = null;
        }
    }

    public void Dispose() => document.Dispose();
}
