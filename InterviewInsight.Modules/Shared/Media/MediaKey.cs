using System.Text.RegularExpressions;

namespace InterviewInsight.Modules.Shared.Media;

/// <summary>
/// The address of one media file: a session's folder plus a file name chosen by code. Never built from user input, so a
/// key can never point outside the store (docs/architecture.md, "Data").
/// </summary>
public readonly partial record struct MediaKey
{
    private MediaKey(Guid sessionId, string fileName)
    {
        SessionId = sessionId;
        FileName = fileName;
    }

    public Guid SessionId { get; }

    public string FileName { get; }

    /// <summary>Relative path inside the store: <c>sessions/{id}/{file}</c>.</summary>
    public string Path => $"sessions/{SessionId:N}/{FileName}";

    public static MediaKey For(Guid sessionId, string fileName)
    {
        if (sessionId == Guid.Empty || !SafeFileName().IsMatch(fileName))
        {
            throw new ArgumentException($"'{fileName}' is not a valid media file name.", nameof(fileName));
        }

        return new MediaKey(sessionId, fileName);
    }

    /// <summary>Parses a stored <see cref="Path"/> back into a key; false for anything that is not one.</summary>
    public static bool TryParse(string? path, out MediaKey key)
    {
        key = default;
        var parts = path?.Split('/');
        if (parts is not ["sessions", var id, var file] || !Guid.TryParseExact(id, "N", out var sessionId) || !SafeFileName().IsMatch(file))
        {
            return false;
        }

        key = new MediaKey(sessionId, file);
        return true;
    }

    public override string ToString() => Path;

    [GeneratedRegex("^[a-z0-9][a-z0-9_-]{0,63}(\\.[a-z0-9]{1,8})?$")]
    private static partial Regex SafeFileName();
}
