namespace InterviewInsight.Modules.Live.Upload;

/// <summary>The header that carries the antiforgery token on script uploads (ASP.NET Core's default header name).</summary>
internal static class AntiforgeryHeader
{
    public const string Name = "RequestVerificationToken";
}
