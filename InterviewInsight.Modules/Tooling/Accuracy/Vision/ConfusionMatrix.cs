namespace InterviewInsight.Modules.Tooling.Accuracy.Vision;

/// <summary>Counts of (true label, predicted label) pairs over a fixed label set.</summary>
internal sealed class ConfusionMatrix(IReadOnlyList<string> labels)
{
    private readonly int[,] counts = new int[labels.Count, labels.Count];

    public IReadOnlyList<string> Labels => labels;

    public int Total { get; private set; }

    public void Add(string truth, string predicted)
    {
        counts[IndexOf(truth), IndexOf(predicted)]++;
        Total++;
    }

    public int Count(string truth, string predicted) => counts[IndexOf(truth), IndexOf(predicted)];

    public int Support(string truth) => labels.Sum(p => Count(truth, p));

    public double? Recall(string truth) => Support(truth) == 0 ? null : (double)Count(truth, truth) / Support(truth);

    public double Accuracy => Total == 0 ? 0 : (double)labels.Sum(l => Count(l, l)) / Total;

    public string ToMarkdown()
    {
        var lines = new List<string>
        {
            "| true \\ predicted | " + string.Join(" | ", labels) + " | recall |",
            "|---|" + string.Concat(labels.Select(_ => "---:|")) + "---:|",
        };
        foreach (var truth in labels.Where(t => Support(t) > 0))
        {
            lines.Add($"| {truth} | " + string.Join(" | ", labels.Select(p => Count(truth, p))) + $" | {Recall(truth):P0} |");
        }

        return string.Join('\n', lines);
    }

    private int IndexOf(string label)
    {
        for (var i = 0; i < labels.Count; i++)
        {
            if (labels[i] == label)
            {
                return i;
            }
        }

        throw new ArgumentException($"Unknown label '{label}'.", nameof(label));
    }
}
