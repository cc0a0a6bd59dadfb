using InterviewInsight.Modules.Engines.Speech.Transcription;

namespace InterviewInsight.Tests.Engines.Speech.Transcription;

/// <summary>
/// A decoder step whose logits are written by the test: step i returns a flat low background with the scores
/// given for step i. It records the token sequences it was called with, so tests can check what the loop fed.
/// </summary>
internal sealed class ScriptedDecoderStep(int vocabularySize, params IReadOnlyDictionary<int, float>[] scoresPerStep) : IWhisperDecoderStep
{
    public const float Background = -10f;

    public List<int[]> Calls { get; } = [];

    public float[] NextLogits(IReadOnlyList<int> tokens)
    {
        var step = Calls.Count;
        Calls.Add(tokens.ToArray());
        var logits = Enumerable.Repeat(Background, vocabularySize).ToArray();
        var scores = scoresPerStep[Math.Min(step, scoresPerStep.Length - 1)];
        foreach (var (id, score) in scores)
        {
            logits[id] = score;
        }

        return logits;
    }
}
