using MudBlazor;

namespace InterviewInsight.Web.Components.Layout;

/// <summary>
/// Brand colours with enough contrast in both themes; no web fonts (self-hosted, offline). The light status colours are darker
/// than MudBlazor's, whose white text on filled chips and alerts falls below WCAG AA's 4.5:1 (each of these is 5:1 or more).
/// </summary>
internal static class AppTheme
{
    public static MudTheme Theme { get; } = new()
    {
        PaletteLight = new PaletteLight
        {
            Primary = "#4f3fc8", Secondary = "#00796b", AppbarBackground = "#4f3fc8",
            Success = "#2e7d32", Error = "#c62828", Warning = "#a15c00", Info = "#1565c0",
        },
        PaletteDark = new PaletteDark { Primary = "#a99cff", Secondary = "#4db6ac", AppbarBackground = "#27224a" },
        Typography = new Typography { Default = new DefaultTypography { FontFamily = ["DejaVu Sans", "system-ui", "sans-serif"] } },
    };
}
