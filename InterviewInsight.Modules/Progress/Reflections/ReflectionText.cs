namespace InterviewInsight.Modules.Progress.Reflections;

/// <summary>The three guided prompts a candidate answers after a session.</summary>
public sealed record ReflectionText(string? WentWell, string? ToChange, string? Feeling);

/// <summary>The body of the reflection endpoints: the candidate's own words and the coaching response written for them.</summary>
public sealed record ReflectionView(
    Guid SessionId, string WentWell, string ToChange, string Feeling, string CoachingResponse, string CoachingSource, DateTime UpdatedAt);
