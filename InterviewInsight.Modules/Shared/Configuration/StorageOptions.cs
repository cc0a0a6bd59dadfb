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

/// <summary>The <c>Media</c> section: limits on recordings.</summary>
public sealed record MediaOptions
{
    public const string Section = "Media";

    public const long DefaultMaxUploadBytes = 2L * 1024 * 1024 * 1024;

    [Range(1, long.MaxValue, ErrorMessage = "Media:MaxUploadBytes must be a positive number of bytes.")]
    public long MaxUploadBytes { get; init; } = DefaultMaxUploadBytes;
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
