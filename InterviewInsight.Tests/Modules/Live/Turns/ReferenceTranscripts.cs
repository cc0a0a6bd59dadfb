using System.Globalization;
using InterviewInsight.Tests.TestInfrastructure;

namespace InterviewInsight.Tests.Modules.Live.Turns;

/// <summary>Reads the reference transcripts of the shared test data (MANIFEST.md) in their source formats.</summary>
internal static class ReferenceTranscripts
{
    /// <summary>A plain .txt transcript (whisper.cpp, LibriVox).</summary>
    public static string Plain(string relative) => File.ReadAllText(TestAssets.TestData(relative)).Trim();

    /// <summary>An LRS2 label file: the "Text:" line.</summary>
    public static string Lrs2(string relative) =>
        File.ReadLines(TestAssets.TestData(relative))
            .First(line => line.StartsWith("Text:", StringComparison.Ordinal))["Text:".Length..]
            .Trim();

    /// <summary>The collector's SpokenWOZ turn file: one speaker's words, in order.</summary>
    public static string SpokenWozSpeaker(string relative, string speaker) =>
        string.Join(' ', File.ReadLines(TestAssets.TestData(relative))
            .Where(line => !line.StartsWith('#'))
            .Select(line => line.Split($" {speaker}: ", 2))
            .Where(parts => parts.Length == 2)
            .Select(parts => parts[1].Trim()));

    /// <summary>An STM transcript: every segment's words, in order, and the time from first start to last end.</summary>
    public static (string Text, double Seconds) Stm(string relative)
    {
        var segments = File.ReadLines(TestAssets.TestData(relative))
            .Select(line => line.Split(' ', 6))
            .Where(parts => parts.Length == 6)
            .Select(parts => (Start: double.Parse(parts[3], CultureInfo.InvariantCulture), End: double.Parse(parts[4], CultureInfo.InvariantCulture), Text: parts[5]))
            .ToList();
        return (string.Join(' ', segments.Select(s => s.Text)), segments[^1].End - segments[0].Start);
    }
}
