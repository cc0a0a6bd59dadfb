using System.Globalization;

namespace InterviewInsight.Modules.Engines.Scoring;

/// <summary>
/// An evidence-based band that maps a measured value to 0..100 with a trapezoid: 100 anywhere inside
/// [IdealMin, IdealMax], falling linearly to 0 at PoorMin below and PoorMax above (and staying 0 beyond). A null poor
/// limit makes that side flat: values there keep 100 (e.g. fewer fillers than the ideal maximum is never penalised).
/// </summary>
/// <param name="Unit">Unit of the measured value ("wpm", "per min", "s", "ratio", "st", "deg").</param>
/// <param name="IdealMin">Lower end of the ideal range.</param>
/// <param name="IdealMax">Upper end of the ideal range.</param>
/// <param name="PoorMin">Value at or below which the score is 0; null = no penalty below the ideal range.</param>
/// <param name="PoorMax">Value at or above which the score is 0; null = no penalty above the ideal range.</param>
/// <param name="Source">Where the numbers come from (shown in the explanation UI).</param>
internal sealed record Band(string Unit, double IdealMin, double IdealMax, double? PoorMin, double? PoorMax, string Source)
{
    public double Score(double measured)
    {
        if (measured < IdealMin)
        {
            return PoorMin is { } poor ? 100 * Math.Clamp((measured - poor) / (IdealMin - poor), 0, 1) : 100;
        }

        if (measured > IdealMax)
        {
            return PoorMax is { } poor ? 100 * Math.Clamp((poor - measured) / (poor - IdealMax), 0, 1) : 100;
        }

        return 100;
    }

    /// <summary>"below", "within" or "above" the ideal range.</summary>
    public string Position(double measured) => measured < IdealMin ? "below" : measured > IdealMax ? "above" : "within";

    /// <summary>The band in words, e.g. "ideal 120-165 wpm; scores 0 at 100 or below and at 190 or above".</summary>
    public string Describe()
    {
        var text = Unit == "ratio" ? $"ideal {Show(IdealMin)}-{Show(IdealMax)}" : $"ideal {Show(IdealMin)}-{Show(IdealMax)} {Unit}";
        var limits = new List<string>();
        if (PoorMin is { } low)
        {
            limits.Add($"at {Show(low)} or below");
        }

        if (PoorMax is { } high)
        {
            limits.Add($"at {Show(high)} or above");
        }

        return limits.Count == 0 ? text : $"{text}; scores 0 {string.Join(" and ", limits)}";
    }

    /// <summary>Ratios read as percentages ("60%"), everything else as the plain number.</summary>
    private string Show(double value) => Unit == "ratio" ? $"{Format(value * 100)}%" : Format(value);

    internal static string Format(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);
}
