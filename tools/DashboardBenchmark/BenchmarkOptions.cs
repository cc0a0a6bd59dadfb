using System.Globalization;

namespace DashboardBenchmark;

/// <summary>The command line: the published apps to compare (oldest first), their labels, models, test data and the windows.</summary>
internal sealed record BenchmarkOptions(
    IReadOnlyList<string> Apps,
    IReadOnlyList<string> Labels,
    string Models,
    string TestData,
    int Seconds,
    int IdleSeconds,
    int RecordingSeconds,
    string? Out)
{
    public const string Usage =
        "Usage: dotnet run --project tools/DashboardBenchmark -- --app OLD/InterviewInsight.Web.dll --app NEW/InterviewInsight.Web.dll "
        + "--models DIR --testdata DIR [--label before --label after] [--seconds 60] [--idle-seconds 15] [--recording-seconds 600] [--out FILE.md]";

    public static BenchmarkOptions Parse(IReadOnlyList<string> args)
    {
        var apps = new List<string>();
        var labels = new List<string>();
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < args.Count; i++)
        {
            if (i + 1 >= args.Count || !args[i].StartsWith("--", StringComparison.Ordinal))
            {
                throw new ArgumentException($"Unexpected argument '{args[i]}'.");
            }

            var (name, value) = (args[i], args[++i]);
            switch (name)
            {
                case "--app":
                    apps.Add(Path.GetFullPath(value));
                    break;
                case "--label":
                    labels.Add(value);
                    break;
                default:
                    values[name] = value;
                    break;
            }
        }

        if (apps.Count == 0)
        {
            throw new ArgumentException("Name at least one --app.");
        }

        if (apps.Find(a => !File.Exists(a)) is { } missing)
        {
            throw new ArgumentException($"No published app at {missing}.");
        }

        if (labels.Count != 0 && labels.Count != apps.Count)
        {
            throw new ArgumentException("Give one --label per --app, or none.");
        }

        return new BenchmarkOptions(
            apps,
            labels.Count == apps.Count ? labels : [.. apps.Select(a => Path.GetFileName(Path.GetDirectoryName(a)) ?? a)],
            Path.GetFullPath(Required(values, "--models")),
            Path.GetFullPath(Required(values, "--testdata")),
            Number(values, "--seconds", 60),
            Number(values, "--idle-seconds", 15),
            Number(values, "--recording-seconds", 600),
            values.TryGetValue("--out", out var output) ? Path.GetFullPath(output) : null);
    }

    private static string Required(Dictionary<string, string> values, string name) =>
        values.TryGetValue(name, out var value) ? value : throw new ArgumentException($"{name} is required.");

    private static int Number(Dictionary<string, string> values, string name, int fallback) =>
        values.TryGetValue(name, out var value) ? int.Parse(value, CultureInfo.InvariantCulture) : fallback;
}
