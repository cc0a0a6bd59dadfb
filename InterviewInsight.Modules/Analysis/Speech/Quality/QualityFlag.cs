namespace InterviewInsight.Modules.Analysis.Speech.Quality;

/// <summary>An item of the result JSON's <c>quality[]</c>: what limits trust in a modality, in words a person reads.</summary>
internal sealed record QualityFlag(string Modality, string Code, string Message);
