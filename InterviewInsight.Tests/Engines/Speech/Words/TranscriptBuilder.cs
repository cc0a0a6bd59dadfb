using InterviewInsight.Modules.Engines.Speech.Transcription;

namespace InterviewInsight.Tests.Engines.Speech.Words;

/// <summary>Hand-written transcripts: each word lasts 0.3 s with 0.05 s gaps; "|" inserts a 1 s pause.</summary>
internal static class TranscriptBuilder
{
    public static IReadOnlyList<TranscriptWord> Words(string text, double start = 0)
    {
        var words = new List<TranscriptWord>();
        var time = start;
        foreach (var part in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (part == "|")
            {
                time += 1.0;
                continue;
            }

            words.Add(new TranscriptWord(part, time, time + 0.3, 0.9));
            time += 0.35;
        }

        return words;
    }
}
