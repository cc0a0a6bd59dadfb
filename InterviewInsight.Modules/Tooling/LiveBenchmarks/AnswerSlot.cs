namespace InterviewInsight.Modules.Tooling.LiveBenchmarks;

/// <summary>One turn's place in the recording: the candidate speaks from <see cref="SpeechStart"/> to <see cref="SpeechEnd"/>.</summary>
internal sealed record AnswerSlot(int Index, double SpeechStart, double SpeechEnd);
