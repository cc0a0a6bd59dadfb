using InterviewInsight.Modules.Analysis.Contracts;
using InterviewInsight.Modules.Engines.Scoring;
using InterviewInsight.Modules.Engines.Text;

namespace InterviewInsight.Modules.Progress.Reflections;

/// <summary>The body of <c>GET /api/progress/reflections/summary</c>: what recurs in the reflections and in the weakest measures.</summary>
public sealed record ReflectionSummary(int Reflections, IReadOnlyList<ReflectionTheme> Themes, IReadOnlyList<RecurringWeakness> WeakestMeasures, string Summary);

/// <summary>A word the candidate used in the reflections of <see cref="Sessions"/> different sessions.</summary>
public sealed record ReflectionTheme(string Theme, int Sessions);

/// <summary>A measure that was the weakest, or the top recommendation, in <see cref="Sessions"/> sessions; its mean band score.</summary>
public sealed record RecurringWeakness(string Id, string Name, int Sessions, double MeanValue);

/// <summary>Finds recurring themes (stemmed words in two or more reflections) and recurring weakest measures.</summary>
internal static class ReflectionSummaryWriter
{
    private const int MaxThemes = 6;
    private const int MaxWeaknesses = 3;

    /// <summary>Words that appear in every reflection because of the prompts themselves.</summary>
    private static readonly HashSet<string> PromptWords = new(StringComparer.Ordinal)
    {
        "went", "well", "change", "next", "time", "felt", "feel", "feeling", "interview", "question", "questions", "answer", "answers",
        "good", "bit", "more", "less", "lot", "quite", "really", "also", "think", "need", "want", "try", "get", "got",
    };

    public static ReflectionSummary Write(IReadOnlyList<ReflectionView> reflections, IReadOnlyList<SessionAnalysisResult> results)
    {
        var themes = Themes(reflections);
        var weaknesses = Weaknesses(results);
        return new ReflectionSummary(reflections.Count, themes, weaknesses, Sentence(reflections.Count, themes, weaknesses));
    }

    private static List<ReflectionTheme> Themes(IReadOnlyList<ReflectionView> reflections)
    {
        var sessionsByStem = new Dictionary<string, HashSet<Guid>>(StringComparer.Ordinal);
        var surfaceByStem = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var reflection in reflections)
        {
            foreach (var word in Words.Of($"{reflection.WentWell} {reflection.ToChange} {reflection.Feeling}"))
            {
                if (word.Length < 3 || StopWords.Function.Contains(word) || PromptWords.Contains(word) || Words.HasDigit(word))
                {
                    continue;
                }

                var stem = Stemmer.Stem(word);
                (sessionsByStem.TryGetValue(stem, out var sessions) ? sessions : sessionsByStem[stem] = []).Add(reflection.SessionId);
                surfaceByStem.TryAdd(stem, word);
            }
        }

        return [.. sessionsByStem
            .Where(kv => kv.Value.Count >= 2)
            .OrderByDescending(kv => kv.Value.Count).ThenBy(kv => surfaceByStem[kv.Key], StringComparer.Ordinal)
            .Take(MaxThemes)
            .Select(kv => new ReflectionTheme(surfaceByStem[kv.Key], kv.Value.Count))];
    }

    private static List<RecurringWeakness> Weaknesses(IReadOnlyList<SessionAnalysisResult> results)
    {
        var weakest = new List<ScoreComponent>();
        var all = new List<ScoreComponent>();
        foreach (var run in results)
        {
            var components = new[] { run.Result.Scores?.Content, run.Result.Scores?.Delivery, run.Result.Scores?.Presence }
                .OfType<Score>().SelectMany(s => s.Components).ToList();
            all.AddRange(components);
            var focusId = run.Result.Recommendations.FirstOrDefault()?.ComponentId;
            if ((components.FirstOrDefault(c => c.Id == focusId) ?? components.MinBy(c => c.Value)) is { } focus)
            {
                weakest.Add(focus);
            }
        }

        return [.. weakest
            .GroupBy(c => c.Id)
            .OrderByDescending(g => g.Count()).ThenBy(g => all.Where(c => c.Id == g.Key).Average(c => c.Value))
            .Take(MaxWeaknesses)
            .Select(g => new RecurringWeakness(g.Key, g.First().Name, g.Count(), Math.Round(all.Where(c => c.Id == g.Key).Average(c => c.Value), 1)))];
    }

    private static string Sentence(int reflectionCount, List<ReflectionTheme> themes, List<RecurringWeakness> weaknesses)
    {
        if (reflectionCount == 0 && weaknesses.Count == 0)
        {
            return "No reflections or analysed sessions yet: after your next session, answer the three reflection prompts to start your journal.";
        }

        var parts = new List<string>();
        if (themes.Count > 0)
        {
            parts.Add($"Across {reflectionCount} reflections you came back to {string.Join(", ", themes.Take(3).Select(t => $"“{t.Theme}”"))}.");
        }
        else if (reflectionCount > 0)
        {
            parts.Add($"Your {reflectionCount} reflection{(reflectionCount == 1 ? "" : "s")} share no recurring theme yet.");
        }

        if (weaknesses.Count > 0)
        {
            var top = weaknesses[0];
            parts.Add($"The measure most often holding your sessions back is {top.Name.ToLowerInvariant()} ({top.Sessions} of your analysed sessions, mean band score {top.MeanValue:0}).");
        }

        return string.Join(' ', parts);
    }
}
