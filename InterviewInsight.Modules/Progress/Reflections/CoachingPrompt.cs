using System.Globalization;
using System.Text;
using InterviewInsight.Modules.Engines.Results;
using InterviewInsight.Modules.Engines.Scoring;
using InterviewInsight.Modules.Engines.Text;
using Microsoft.Extensions.AI;

namespace InterviewInsight.Modules.Progress.Reflections;

/// <summary>
/// What the chat model is given to write a coaching response: the scores, the measures with the most room to grow and
/// what to do about each, the candidate's reflection and the transcript of their answers. Nothing else, so the response
/// can only draw on what was measured and said.
/// </summary>
internal static class CoachingPrompt
{
    /// <summary>The fewest words a quotation must have to count as quoting the transcript (asked for: five).</summary>
    public const int MinQuotedWords = 4;

    private const int WeakestShown = 3;

    private const string Instructions = """
        You are an interview coach replying to a candidate's reflection on a mock job interview they just practised.
        Write 80 to 200 words of plain text, speaking to the candidate as "you": no headings, no lists, no markdown.
        Use only the measured results and the transcript below. Respond to what they said went well and what they plan
        to change, name the measure with the most room to grow and one concrete thing to practise next time.
        Quote at least one phrase of five or more words from the transcript exactly as it is written there, inside
        double quotation marks, and say what it shows.
        Speak only of observable behaviour, never of personality or feelings you cannot see, and do not recommend hiring
        or rejecting anyone.
        """;

    public static ChatOptions Options() => new() { Temperature = 0, MaxOutputTokens = 500 };

    public static List<ChatMessage> Messages(ReflectionText reflection, AnalysisResult result)
    {
        var text = new StringBuilder();
        text.AppendLine("Scores (0-100):");
        foreach (var score in new[] { result.Scores?.Overall, result.Scores?.Content, result.Scores?.Delivery, result.Scores?.Presence }.OfType<Score>())
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"- {score.Id["score.".Length..]}: {score.Value:0} ({score.Band})");
        }

        text.AppendLine("Measures with the most room to grow:");
        foreach (var (component, advice) in Weakest(result))
        {
            text.AppendLine($"- {component.Name}: {component.MeasuredText} ({component.Band}). {advice}".TrimEnd());
        }

        text.AppendLine("The candidate's reflection:");
        text.AppendLine(CultureInfo.InvariantCulture, $"- What went well: {Or(reflection.WentWell)}");
        text.AppendLine(CultureInfo.InvariantCulture, $"- What to change next time: {Or(reflection.ToChange)}");
        text.AppendLine(CultureInfo.InvariantCulture, $"- How it felt: {Or(reflection.Feeling)}");
        text.AppendLine("Transcript of the candidate's answers:");
        foreach (var answer in result.Answers.Where(a => a.Content?.Sentences.Count > 0))
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"Question: {Or(answer.Question)}");
            text.AppendLine(string.Join(' ', answer.Content!.Sentences.Select(s => s.Text)));
        }

        if (!result.Answers.Any(a => a.Content?.Sentences.Count > 0))
        {
            foreach (var sentence in Transcript(result))
            {
                text.AppendLine(sentence.Text);
            }
        }

        return [new ChatMessage(ChatRole.System, Instructions), new ChatMessage(ChatRole.User, text.ToString())];
    }

    /// <summary>
    /// The candidate's words as sentences: those of the answers, or the whole recording's transcript as one when no
    /// answer has content (an upload without questions). Empty when nothing was transcribed.
    /// </summary>
    public static IReadOnlyList<TimedSentence> Transcript(AnalysisResult result)
    {
        var sentences = result.Answers.SelectMany(a => a.Content?.Sentences ?? []).ToList();
        if (sentences.Count == 0 && !string.IsNullOrWhiteSpace(result.Speech?.Transcript))
        {
            sentences.Add(new TimedSentence(0, result.Speech.Transcript, result.Speech.Start, result.Speech.End));
        }

        return sentences;
    }

    /// <summary>The recommended measures first (largest expected gain), then the lowest-scoring components, each with its advice.</summary>
    private static IEnumerable<(ScoreComponent Component, string Advice)> Weakest(AnalysisResult result)
    {
        var components = new[] { result.Scores?.Content, result.Scores?.Delivery, result.Scores?.Presence }
            .OfType<Score>().SelectMany(s => s.Components).ToList();
        var recommended = result.Recommendations
            .Select(r => (Component: components.FirstOrDefault(c => c.Id == r.ComponentId), Advice: r.Text))
            .Where(x => x.Component is not null)
            .Select(x => (x.Component!, x.Advice));
        var lowest = components.Where(c => c.Value < 100).OrderBy(c => c.Value).Select(c => (c, ""));
        return recommended.Concat(lowest).DistinctBy(x => x.Item1.Id).Take(WeakestShown);
    }

    private static string Or(string? text) => string.IsNullOrWhiteSpace(text) ? "(not written)" : text.Trim();
}
