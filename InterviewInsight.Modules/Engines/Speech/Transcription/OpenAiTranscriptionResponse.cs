using System.Text.Json;

namespace InterviewInsight.Modules.Engines.Speech.Transcription;

/// <summary>
/// Reads a verbose_json transcription: text, words[{word,start,end}] (OpenAI with word granularity; local servers
/// may add "probability"), else segments[{text,start,end,avg_logprob,words?}] (whisper.cpp nests words in segments).
/// Word confidence: the word's own probability, else exp(avg_logprob) of its segment, else NaN (not reported).
/// </summary>
internal static class OpenAiTranscriptionResponse
{
    public static Transcript Parse(string json, string engine, bool lowAccuracy)
    {
        JsonElement root;
        try
        {
            using var document = JsonDocument.Parse(json);
            root = document.RootElement.Clone();
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"The transcription endpoint answered with malformed JSON: {Excerpt(json)}", e);
        }

        if (root.ValueKind != JsonValueKind.Object)
        {
            throw new InvalidDataException($"The transcription endpoint answered with JSON that is not an object: {Excerpt(json)}");
        }

        var segments = ReadSegments(root);
        var words = root.TryGetProperty("words", out var wordArray) && wordArray.ValueKind == JsonValueKind.Array && wordArray.GetArrayLength() > 0
            ? ReadWords(wordArray, segments)
            : segments.SelectMany(s => s.Words).ToList();

        var text = root.TryGetProperty("text", out var textElement) && textElement.ValueKind == JsonValueKind.String
            ? textElement.GetString()!.Trim()
            : string.Join(' ', words.Select(w => w.Text));

        if (words.Count == 0 && text.Length > 0)
        {
            throw new InvalidDataException(
                "The transcription endpoint returned text without word or segment timestamps; it must support response_format=verbose_json.");
        }

        return new Transcript(text, words, engine, lowAccuracy);
    }

    public static string Excerpt(string body, int maxLength = 300)
    {
        var flat = string.Join(' ', body.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return flat.Length <= maxLength ? flat : flat[..maxLength] + "…";
    }

    private sealed record Segment(double Start, double End, double Confidence, List<TranscriptWord> Words);

    private static List<Segment> ReadSegments(JsonElement root)
    {
        var segments = new List<Segment>();
        if (!root.TryGetProperty("segments", out var array) || array.ValueKind != JsonValueKind.Array)
        {
            return segments;
        }

        foreach (var item in array.EnumerateArray())
        {
            var start = Number(item, "start");
            var end = Number(item, "end");
            var confidence = item.TryGetProperty("avg_logprob", out var logProbability) && logProbability.ValueKind == JsonValueKind.Number
                ? Math.Exp(logProbability.GetDouble())
                : double.NaN;

            List<TranscriptWord> words;
            if (item.TryGetProperty("words", out var nested) && nested.ValueKind == JsonValueKind.Array && nested.GetArrayLength() > 0)
            {
                words = nested.EnumerateArray().Select(w => ReadWord(w, confidence)).Where(w => w.Text.Length > 0).ToList();
            }
            else
            {
                var text = item.TryGetProperty("text", out var t) && t.ValueKind == JsonValueKind.String ? t.GetString()! : string.Empty;
                var parts = text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Select(p => (p, confidence)).ToList();
                words = WordSpanSplitter.Split(parts, start, end).ToList();
            }

            segments.Add(new Segment(start, end, confidence, words));
        }

        return segments;
    }

    private static List<TranscriptWord> ReadWords(JsonElement array, List<Segment> segments) =>
        array.EnumerateArray()
            .Select(w =>
            {
                var middle = (Number(w, "start") + Number(w, "end")) / 2;
                var segment = segments.FirstOrDefault(s => middle >= s.Start && middle <= s.End);
                return ReadWord(w, segment?.Confidence ?? double.NaN);
            })
            .Where(w => w.Text.Length > 0)
            .ToList();

    private static TranscriptWord ReadWord(JsonElement word, double fallbackConfidence)
    {
        var text = word.TryGetProperty("word", out var w) && w.ValueKind == JsonValueKind.String ? w.GetString()!.Trim() : string.Empty;
        var confidence = word.TryGetProperty("probability", out var p) && p.ValueKind == JsonValueKind.Number
            ? p.GetDouble()
            : fallbackConfidence;
        return new TranscriptWord(text, Number(word, "start"), Number(word, "end"), confidence);
    }

    private static double Number(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number
            ? value.GetDouble()
            : throw new InvalidDataException($"A transcription word or segment lacks a numeric '{name}': {Excerpt(element.GetRawText())}");
}
