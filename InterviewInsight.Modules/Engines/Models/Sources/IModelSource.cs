namespace InterviewInsight.Modules.Engines.Models.Sources;

/// <summary>One kind of source string in models/models.json ("npm:", "nuget-resource:", ...): fetches or derives one file.</summary>
internal interface IModelSource
{
    /// <summary>Where a file installed by this kind came from, as `models status` and /admin/status show it.</summary>
    string Origin { get; }

    bool Handles(string source);

    /// <summary>Writes the file to <paramref name="destination"/>; throws when the source cannot give it.</summary>
    Task FetchAsync(string source, string destination, CancellationToken ct);
}

/// <summary>Where an installed file came from, besides the kinds above.</summary>
internal static class ModelOrigins
{
    public const string FromFolder = "--from";

    public const string Debian = "debian";

    /// <summary>In place with the right hash, but not put there by `models install` (or its record is gone).</summary>
    public const string Present = "present";

    public const string Missing = "missing";
}
