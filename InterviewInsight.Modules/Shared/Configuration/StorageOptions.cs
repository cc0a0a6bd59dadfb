using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Configuration;

namespace InterviewInsight.Modules.Shared.Configuration;

/// <summary>The <c>Data</c> section: the root of the databases and the media store.</summary>
public sealed record DataOptions
{
    public const string Section = "Data";

    [Required(AllowEmptyStrings = false, ErrorMessage = "Data:Path must name a folder.")]
    public string Path { get; init; } = "data";

    public string MediaRoot => System.IO.Path.GetFullPath(System.IO.Path.Combine(Path, "media"));
}

/// <summary>
/// The <c>Media</c> section: every limit on recordings, checked when a file is probed (upload, analysis) and on each live
/// chunk (docs/architecture.md, "Media limits"). A refusal names the limit and what was found.
/// </summary>
public sealed record MediaOptions : IValidatableObject
{
    public const string Section = "Media";

    public const long DefaultMaxUploadBytes = 2L * 1024 * 1024 * 1024;

    [Range(1, long.MaxValue, ErrorMessage = "Media:MaxUploadBytes must be a positive number of bytes.")]
    public long MaxUploadBytes { get; init; } = DefaultMaxUploadBytes;

    [Range(1, 24 * 3600, ErrorMessage = "Media:MaxDurationSeconds must be between 1 and 86400.")]
    public int MaxDurationSeconds { get; init; } = 2 * 3600;

    /// <summary>The longer side of the picture (landscape or portrait), in pixels.</summary>
    [Range(16, 16384, ErrorMessage = "Media:MaxWidth must be between 16 and 16384 pixels.")]
    public int MaxWidth { get; init; } = 4096;

    /// <summary>The shorter side of the picture, in pixels.</summary>
    [Range(16, 16384, ErrorMessage = "Media:MaxHeight must be between 16 and 16384 pixels.")]
    public int MaxHeight { get; init; } = 2160;

    [Range(1, 1000, ErrorMessage = "Media:MaxFrameRate must be between 1 and 1000 frames per second.")]
    public double MaxFrameRate { get; init; } = 120;

    /// <summary>Audio and video streams together (cover art and data tracks, such as a phone's metadata, do not count).</summary>
    [Range(1, 64, ErrorMessage = "Media:MaxStreams must be between 1 and 64.")]
    public int MaxStreams { get; init; } = 4;

    /// <summary>One live chunk's body; the chunk endpoint gives the server this same limit for the request.</summary>
    [Range(1024, int.MaxValue, ErrorMessage = "Media:MaxChunkBytes must be at least 1024 bytes.")]
    public int MaxChunkBytes { get; init; } = 32 * 1024 * 1024;

    /// <summary>All segments of one live interview together.</summary>
    [Range(1, long.MaxValue, ErrorMessage = "Media:MaxLiveSessionBytes must be a positive number of bytes.")]
    public long MaxLiveSessionBytes { get; init; } = DefaultMaxUploadBytes;

    /// <summary>One live interview on the session clock, as the recorder reports it.</summary>
    [Range(1, 24 * 3600, ErrorMessage = "Media:MaxLiveSessionSeconds must be between 1 and 86400.")]
    public int MaxLiveSessionSeconds { get; init; } = 2 * 3600;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        // A live interview longer than a run accepts would be recorded only to fail its analysis.
        if (MaxLiveSessionSeconds > MaxDurationSeconds)
        {
            yield return new ValidationResult("Media:MaxLiveSessionSeconds must not be over Media:MaxDurationSeconds.", [nameof(MaxLiveSessionSeconds)]);
        }

        if (MaxHeight > MaxWidth)
        {
            yield return new ValidationResult("Media:MaxHeight (the shorter side) must not be over Media:MaxWidth (the longer side).", [nameof(MaxHeight)]);
        }
    }
}

/// <summary>The <c>Models</c> section: where the installed models live.</summary>
public sealed record ModelsOptions
{
    public const string Section = "Models";

    [Required(AllowEmptyStrings = false, ErrorMessage = "Models:Path must name a folder.")]
    public string Path { get; init; } = "data/models";

    public string FullPath => System.IO.Path.GetFullPath(Path);

    /// <summary>For the headless commands, which run without the host's options.</summary>
    public static ModelsOptions From(IConfiguration config) => config.GetSection(Section).Get<ModelsOptions>() ?? new();
}
