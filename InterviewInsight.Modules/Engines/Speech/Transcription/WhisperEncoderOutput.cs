namespace InterviewInsight.Modules.Engines.Speech.Transcription;

/// <summary>The encoder's last_hidden_state for one window, [1, 1500, d_model] for every Whisper size.</summary>
internal sealed record WhisperEncoderOutput(float[] HiddenStates, long[] Shape);
