using SkiaSharp;

namespace InterviewInsight.Modules.Reports.Pdf;

/// <summary>
/// The report's typefaces, loaded from the Debian font files (fonts-dejavu-core, installed by scripts/install-deps.sh)
/// rather than by family name, so every PDF embeds the same fonts whatever the machine's font configuration says.
/// </summary>
internal sealed class ReportFonts : IDisposable
{
    public const string Folder = "/usr/share/fonts/truetype/dejavu";
    public const string RegularFile = Folder + "/DejaVuSans.ttf";
    public const string BoldFile = Folder + "/DejaVuSans-Bold.ttf";

    /// <summary>The family name the charts ask ScottPlot for; registered once from the same files.</summary>
    public const string ChartFamily = "Report Sans";

    private static readonly Lazy<bool> ChartFontRegistered = new(() =>
    {
        ScottPlot.Fonts.AddFontFile(ChartFamily, RegularFile, bold: false, italic: false);
        ScottPlot.Fonts.AddFontFile(ChartFamily, BoldFile, bold: true, italic: false);
        return true;
    });

    public ReportFonts()
    {
        Regular = Load(RegularFile);
        Bold = Load(BoldFile);
        _ = ChartFontRegistered.Value;
    }

    public SKTypeface Regular { get; }

    public SKTypeface Bold { get; }

    private static SKTypeface Load(string path) =>
        File.Exists(path) && SKTypeface.FromFile(path) is { } typeface
            ? typeface
            : throw new InvalidOperationException($"The PDF report needs the font {path}: install the Debian package fonts-dejavu-core (scripts/install-deps.sh does).");

    public void Dispose()
    {
        Regular.Dispose();
        Bold.Dispose();
    }
}
