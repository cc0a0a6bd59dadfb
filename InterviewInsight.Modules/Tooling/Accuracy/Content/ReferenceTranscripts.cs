using System.Globalization;
using System.Text.RegularExpressions;

namespace InterviewInsight.Modules.Tooling.Accuracy.Content;

/// <summary>Reads the reference transcripts of the shared test data (testdata/MANIFEST.md) as plain text, whatever their format.</summary>
internal static partial class ReferenceTranscripts
{
    /// <summary>Plain .txt, LRS2 label files ("Text: ..." header), SpokenWOZ turn files ("start end A: text") and .stm.</summary>
    public static string Read(string path)
    {
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"Reference transcript '{path}' is missing (set TESTDATA_DIR).", path);
        }

        var lines = File.ReadAllLines(path);
        if (path.EndsWith(".stm", StringComparison.OrdinalIgnoreCase))
        {
            // "file channel speaker start end text..."
            return string.Join(' ', lines.Select(l => l.Split(' ', 6)).Where(f => f.Length == 6).Select(f => f[5].Trim()));
        }

        var lrsText = lines.FirstOrDefault(l => l.StartsWith("Text:", StringComparison.Ordinal));
        if (lrsText is not null)
        {
            return lrsText["Text:".Length..].Trim();
        }

        var turns = lines.Where(l => !l.StartsWith('#')).Select(l => TurnLine().Match(l)).Where(m => m.Success).ToList();
        return turns.Count > 0
            ? string.Join(' ', turns.Select(m => m.Groups["text"].Value.Trim()))
            : string.Join(' ', lines.Where(l => !l.StartsWith('#')).Select(l => l.Trim())).Trim();
    }

    /// <summary>LRS2 label files carry per-word times ("WORD START END ASDSCORE" table); returns (word, start, end).</summary>
    public static IReadOnlyList<(string Word, double Start, double End)> ReadTimedWords(string path)
    {
        var words = new List<(string, double, double)>();
        var inTable = false;
        foreach (var line in File.ReadLines(path))
        {
            if (line.StartsWith("WORD START END", StringComparison.Ordinal))
            {
                inTable = true;
                continue;
            }

            var fields = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (inTable && fields.Length >= 3
                && double.TryParse(fields[1], NumberStyles.Float, CultureInfo.InvariantCulture, out var start)
                && double.TryParse(fields[2], NumberStyles.Float, CultureInfo.InvariantCulture, out var end))
            {
                words.Add((fields[0], start, end));
            }
        }

        return words.Count > 0 ? words : throw new InvalidDataException($"'{path}' has no per-word time table.");
    }

    [GeneratedRegex(@"^\s*[\d.]+\s+[\d.]+\s+[A-Za-z]+:\s*(?<text>.*)$", RegexOptions.CultureInvariant)]
    private static partial Regex TurnLine();
}
