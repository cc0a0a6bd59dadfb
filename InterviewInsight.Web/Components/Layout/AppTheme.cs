using MudBlazor;

namespace InterviewInsight.Web.Components.Layout;

/// <summary>Brand colours with enough contrast in both themes; no web fonts (self-hosted, offline).</summary>
internal static class AppTheme
{
    public static MudTheme Theme { get; } = new()
    {
        PaletteLight = new PaletteLight { Primary = "#4f3fc8", Secondary = "#00796b", AppbarBackground = "#4f3fc8" },
        PaletteDark = new PaletteDark { Primary = "#a99cff", Secondary = "#4db6ac", AppbarBackground = "#27224a" },
        Typography = new Typography { Default = new DefaultTypography { FontFamily = ["DejaVu Sans", "system-ui", "sans-serif"] } },
    };
}
