namespace InterviewInsight.Modules.Engines.Speech.Transcription;

public sealed record TranscriptWord(string Text, double Start, double End, double Confidence);

internal sealed record Transcript(string Text, IReadOnlyList<TranscriptWord> Words, string Engine, bool LowAccuracy)
{
    /// <summary>
    /// For each of <see cref="Words"/>, the n-gram order PocketSphinx's English language model scored it with (3 = the
    /// trigram is known, 1 = it backed off to the word alone); null from other engines.
    /// </summary>
    public IReadOnlyList<int>? NgramOrders { get; init; }
}
