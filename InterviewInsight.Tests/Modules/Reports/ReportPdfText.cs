using System.Text;
using System.Text.RegularExpressions;
using UglyToad.PdfPig;

namespace InterviewInsight.Tests.Modules.Reports;

/// <summary>A PDF read back with PdfPig: its words in drawing order, its fonts, and whether fonts are embedded and charts vector.</summary>
internal sealed partial record ReportPdfText(string Text, IReadOnlyList<string> FontNames, int Pages, int Images, bool EmbedsTrueTypeFonts)
{
    public static ReportPdfText Read(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        var pages = document.GetPages().ToList();
        var text = string.Join(" ", pages.SelectMany(p => p.GetWords()).Select(w => w.Text));
        var fonts = pages.SelectMany(p => p.Letters).Select(l => l.FontName ?? "").Distinct().ToList();
        var images = pages.Sum(p => p.GetImages().Count());
        return new ReportPdfText(Normalise(text), fonts, pages.Count, images, Encoding.Latin1.GetString(pdf).Contains("/FontFile2", StringComparison.Ordinal));
    }

    /// <summary>Whitespace collapsed, so a phrase that wraps onto the next line still matches.</summary>
    public static string Normalise(string text) => Spaces().Replace(text, " ").Trim();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
