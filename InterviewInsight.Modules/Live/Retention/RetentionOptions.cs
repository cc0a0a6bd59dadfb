using System.ComponentModel.DataAnnotations;

namespace InterviewInsight.Modules.Live.Retention;

/// <summary>The <c>Retention</c> section: how long sessions are kept before a daily job deletes them.</summary>
public sealed record RetentionOptions
{
    public const string Section = "Retention";

    /// <summary>Sessions older than this many days are deleted; 0 (the default) keeps them until their owner deletes them.</summary>
    [Range(0, 36_500, ErrorMessage = "Retention:Days must be 0 (keep forever) or a number of days up to 36500.")]
    public int Days { get; init; }
}
