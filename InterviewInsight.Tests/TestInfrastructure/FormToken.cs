using System.Text.RegularExpressions;

namespace InterviewInsight.Tests.TestInfrastructure;

/// <summary>Reads the antiforgery token a static page's form carries, so a test can post that form as a browser would.</summary>
public static partial class FormToken
{
    public static string Antiforgery(string html)
    {
        var match = Token().Match(html);
        return match.Success ? match.Groups[1].Value : throw new InvalidOperationException("The page has no antiforgery token.");
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex Token();
}
