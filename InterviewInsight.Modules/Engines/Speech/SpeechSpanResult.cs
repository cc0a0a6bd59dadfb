namespace InterviewInsight.Modules.Engines.Speech;

/// <summary>The speech metrics of one requested span (an answer or a fixed window).</summary>
internal sealed record SpeechSpanResult(string Id, SpeechResult Speech);
