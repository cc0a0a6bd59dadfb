namespace InterviewInsight.Modules.Engines.Speech.Transcription;

/// <summary>A decoder step that holds native ONNX Runtime buffers (encoder states, KV cache) until disposed.</summary>
internal interface IWhisperDecoderOnnxStep : IWhisperDecoderStep, IDisposable;
