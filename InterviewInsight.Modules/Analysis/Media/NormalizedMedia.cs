using InterviewInsight.Modules.Shared.Media;

namespace InterviewInsight.Modules.Analysis.Media;

/// <summary>A session's recording made seekable for replay, and its audio as 16 kHz mono WAV for the speech models.</summary>
internal sealed record NormalizedMedia(MediaKey Recording, string ContentType, MediaKey? Wav, bool HasVideo, bool HasAudio, double? DurationSeconds);
