using System.Text;
using InterviewInsight.Modules.Engines.Results;
using InterviewInsight.Modules.Engines.Scoring;

namespace InterviewInsight.Modules.Progress.Reflections;

/// <summary>
/// Writes the coaching response to a reflection from the session's measured results: it answers each prompt with evidence
/// (the strongest score, the measure with the most room to grow and its recommendation, the candidate's own words from the
/// transcript). Templates only, so it is computed at once and is never empty; like the scoring texts it speaks of
/// observable behaviour, never of personality.
/// </summary>
internal static class CoachingResponseWriter
{
    public const string MeasuredResults = "measured-results";
    public const string ReflectionOnly = "reflection-only";

    private static readonly string[] UneasyWords =
        ["nervous", "anxious", "stress", "stressed", "panic", "panicked", "worried", "awkward", "uncomfortable", "scared", "tense", "blank", "flustered"];

    public static (string Text, string Source) Write(ReflectionText reflection, AnalysisResult? result)
    {
        var text = new StringBuilder();
        if (result is null)
        {
            WriteReflectionOnly(text, reflection);
            return (text.ToString().Trim(), ReflectionOnly);
        }

        WriteWentWell(text, reflection, result);
        var focus = WriteFocus(text, result);
        WriteToChange(text, reflection, focus);
        WriteFeeling(text, reflection, result);
        return (text.ToString().Trim(), MeasuredResults);
    }

    private static void WriteReflectionOnly(StringBuilder text, ReflectionText reflection)
    {
        if (!string.IsNullOrWhiteSpace(reflection.WentWell))
        {
            text.Append($"You noted what went well: {Quotes.Of(reflection.WentWell)}. ");
        }

        if (!string.IsNullOrWhiteSpace(reflection.ToChange))
        {
            text.Append($"Your plan for next time: {Quotes.Of(reflection.ToChange)}. ");
        }

        text.Append("The recording has no finished analysis yet, so this response cannot compare your notes with measurements; ");
        text.Append("it is rewritten from the measured results when you open your reflection after the analysis has finished.");
    }

    private static void WriteWentWell(StringBuilder text, ReflectionText reflection, AnalysisResult result)
    {
        if (!string.IsNullOrWhiteSpace(reflection.WentWell))
        {
            text.Append($"You noted what went well: {Quotes.Of(reflection.WentWell)}. ");
        }

        var scores = new[] { result.Scores?.Content, result.Scores?.Delivery, result.Scores?.Presence }.OfType<Score>().ToList();
        if (scores.MaxBy(s => s.Value) is { } strongest)
        {
            text.Append($"The measurements show your strongest area was {ScoreName(strongest.Id)} at {strongest.Value:0} out of 100 ({strongest.Band}). ");
        }

        if (BestQuote(result) is { } quote)
        {
            text.Append($"A line that worked: you said {Quotes.Of(quote)}, which stayed close to the question. ");
        }

        text.AppendLine();
    }

    /// <summary>The measure with the largest expected gain, with its value, its band and what to do; null when none was measured.</summary>
    private static ScoreComponent? WriteFocus(StringBuilder text, AnalysisResult result)
    {
        var recommendation = result.Recommendations.FirstOrDefault();
        var component = recommendation is null ? WeakestComponent(result) : FindComponent(result, recommendation.ComponentId);
        if (component is null)
        {
            text.AppendLine("Too little could be measured in this recording to name one measure to work on; a longer answer with the camera and microphone on gives a full picture.");
            return null;
        }

        text.Append($"The measure with the most room to grow is {component.Name.ToLowerInvariant()}: {component.MeasuredText} (ideal: {component.Band}). ");
        text.Append(recommendation?.Text ?? Advice(component));
        if (WeakestAnswerQuote(result) is { } quote)
        {
            text.Append($" For example, the answer that began {Quotes.Of(quote)} scored lowest on content.");
        }

        text.AppendLine();
        return component;
    }

    private static void WriteToChange(StringBuilder text, ReflectionText reflection, ScoreComponent? focus)
    {
        if (string.IsNullOrWhiteSpace(reflection.ToChange))
        {
            return;
        }

        text.Append($"You plan to change: {Quotes.Of(reflection.ToChange)}. ");
        if (focus is null)
        {
            text.AppendLine();
            return;
        }

        text.AppendLine(Mentions(reflection.ToChange, focus)
            ? "That matches what the recording shows, so it is the right thing to practise first."
            : $"The recording points first to {focus.Name.ToLowerInvariant()}; practise that alongside your own plan.");
    }

    private static void WriteFeeling(StringBuilder text, ReflectionText reflection, AnalysisResult result)
    {
        if (string.IsNullOrWhiteSpace(reflection.Feeling))
        {
            return;
        }

        var words = Engines.Text.Words.Of(reflection.Feeling).ToHashSet(StringComparer.Ordinal);
        if (!UneasyWords.Any(words.Contains))
        {
            text.AppendLine($"On how it felt ({Quotes.Of(reflection.Feeling)}): keep that in mind when you compare this session with the next one.");
            return;
        }

        var steady = SteadyComponent(result);
        text.AppendLine(steady is null
            ? $"You wrote that it felt {Quotes.Of(reflection.Feeling)}. Practising the same question again is the quickest way to make it feel routine."
            : $"You wrote that it felt {Quotes.Of(reflection.Feeling)}, yet that did not show everywhere: your {steady.Name.ToLowerInvariant()} was {steady.MeasuredText}, within the ideal range.");
    }

    private static bool Mentions(string plan, ScoreComponent focus)
    {
        var planStems = Engines.Text.Words.Of(plan).Select(Engines.Text.Stemmer.Stem).ToHashSet(StringComparer.Ordinal);
        var focusWords = focus.Name.Split(' ', '-').Concat(FocusSynonyms(focus.Id));
        return focusWords.Select(w => Engines.Text.Stemmer.Stem(w.ToLowerInvariant())).Any(planStems.Contains);
    }

    /// <summary>Everyday words a candidate uses for each measure.</summary>
    private static IEnumerable<string> FocusSynonyms(string componentId) => componentId switch
    {
        "score.delivery.pace" => ["slow", "fast", "speed", "rush", "rushed"],
        "score.delivery.fillers" => ["um", "uh", "like", "filler", "fillers"],
        "score.delivery.pauses" => ["pause", "silence", "silent"],
        "score.presence.eye-contact" or "score.presence.look-away" => ["eye", "eyes", "camera", "look", "looking"],
        "score.content.star" => ["structure", "result", "results", "situation", "example"],
        "score.content.relevance" => ["question", "topic", "point"],
        "score.content.specificity" => ["detail", "details", "specific", "numbers", "figures"],
        "score.content.length" => ["long", "short", "length", "concise"],
        _ => [],
    };

    private static ScoreComponent? FindComponent(AnalysisResult result, string componentId) =>
        AllComponents(result).FirstOrDefault(c => c.Id == componentId);

    private static ScoreComponent? WeakestComponent(AnalysisResult result) =>
        AllComponents(result).Where(c => c.Value < 100).MinBy(c => c.Value);

    private static ScoreComponent? SteadyComponent(AnalysisResult result) =>
        AllComponents(result).Where(c => c.Position == "within" && c.Id.StartsWith("score.delivery.", StringComparison.Ordinal)).MaxBy(c => c.Value)
        ?? AllComponents(result).Where(c => c.Position == "within").MaxBy(c => c.Value);

    private static IEnumerable<ScoreComponent> AllComponents(AnalysisResult result) =>
        new[] { result.Scores?.Content, result.Scores?.Delivery, result.Scores?.Presence }.OfType<Score>().SelectMany(s => s.Components);

    private static string Advice(ScoreComponent component) =>
        CoachingTexts.Recommendations.TryGetValue(component.Id, out var advice)
            ? component.Position == "above" ? advice.Above : advice.Below
            : "";

    /// <summary>The sentence closest to its question in the best-scoring answer.</summary>
    private static string? BestQuote(AnalysisResult result)
    {
        var best = result.Answers.Where(a => a.Content?.Relevance?.BestSentenceIndex is not null).MaxBy(a => a.Content!.Relevance!.Value);
        var index = best?.Content?.Relevance?.BestSentenceIndex;
        return index is { } i && i < best!.Content!.Sentences.Count ? best.Content.Sentences[i].Text : null;
    }

    /// <summary>The first sentence of the answer with the lowest content score, when there are two or more answers.</summary>
    private static string? WeakestAnswerQuote(AnalysisResult result)
    {
        var scored = result.Answers.Where(a => a.Scores?.Content is not null && a.Content?.Sentences.Count > 0).ToList();
        return scored.Count < 2 ? null : scored.MinBy(a => a.Scores!.Content!.Value)!.Content!.Sentences[0].Text;
    }

    private static string ScoreName(string scoreId) => scoreId switch
    {
        "score.content" => "content (what your answers said)",
        "score.delivery" => "delivery (how you spoke)",
        "score.presence" => "presence (how you came across on camera)",
        _ => scoreId,
    };
}
