using InterviewInsight.Modules.Engines.Speech.Transcription;
using InterviewInsight.Modules.Engines.Text;

namespace InterviewInsight.Modules.Live.Turns;

/// <summary>
/// What the candidate said on the current question so far (the first answer plus any answers to follow-ups): its text,
/// its sentences (split as the content analysis splits them, so the turn rules and the report read the same sentences),
/// its word count and its spoken duration in seconds (0 when unknown, e.g. a typed answer).
/// </summary>
internal sealed record SaidSoFar(string Text, IReadOnlyList<string> Sentences, int WordCount, double DurationSeconds)
{
    /// <summary>Typed text: sentences end at punctuation only.</summary>
    public static SaidSoFar From(string text, double durationSeconds) =>
        new(text, SentenceSplitter.SplitText(text), Words.Count(text), durationSeconds);

    /// <summary>Transcribed words with times: sentences also end at pauses when the engine does not punctuate.</summary>
    public static SaidSoFar From(IReadOnlyList<TranscriptWord> words, double durationSeconds)
    {
        var text = string.Join(' ', words.Select(w => w.Text.Trim()));
        return new(text, SentenceSplitter.Split(words).Select(s => s.Text).ToList(), Words.Count(text), durationSeconds);
    }
}
