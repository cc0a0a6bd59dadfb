using System.Text.RegularExpressions;

namespace InterviewInsight.Modules.Tooling.Accuracy.Language;

/// <summary>
/// Every recording with speech in the shared test data, read from its MANIFEST.md: each row's wav files (a clip's own
/// `.wav` beside its video, and companions such as `_spkA.wav`), except the rows the manifest says hold no speech. All
/// of them are English, so none may be called "not English".
/// </summary>
internal static partial class SharedEnglishClips
{
    public static IReadOnlyList<string> Read(string testDataDir)
    {
        var clips = new List<string>();
        foreach (var row in File.ReadLines(Path.Combine(testDataDir, "MANIFEST.md")))
        {
            var first = row.Split('|', StringSplitOptions.TrimEntries).Skip(1).FirstOrDefault() ?? string.Empty;
            var named = FirstPath().Match(first);
            if (!named.Success || row.Contains("no speech", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            var stem = Path.ChangeExtension(named.Groups[1].Value, null);
            var wavs = Companions().Matches(first).Select(m => m.Groups[1].Value).Where(suffix => suffix.EndsWith(".wav", StringComparison.Ordinal))
                .Select(suffix => stem + suffix)
                .Prepend(named.Groups[1].Value)
                .Where(p => p.EndsWith(".wav", StringComparison.Ordinal))
                .Distinct(StringComparer.Ordinal);
            clips.AddRange(wavs.Select(p => Path.Combine(testDataDir, p)).Where(File.Exists));
        }

        return clips;
    }

    [GeneratedRegex(@"^`((?:audio|video)/[^`]+)`")]
    private static partial Regex FirstPath();

    [GeneratedRegex(@"\+ `([^`]+)`")]
    private static partial Regex Companions();
}
