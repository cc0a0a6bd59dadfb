using InterviewInsight.Modules.Shared.Configuration;
using Microsoft.Extensions.Options;

namespace InterviewInsight.Modules.Shared.Mail;

/// <summary>The <c>Smtp</c> section: e-mail for password reset and share invitations. Empty <see cref="Host"/> means no e-mail; admins reset passwords.</summary>
public sealed record SmtpOptions
{
    public const string Section = "Smtp";

    public string? Host { get; init; }

    public int Port { get; init; } = 587;

    public string? UserName { get; init; }

    public string? Password { get; init; }

    public string? From { get; init; }

    public bool EnableSsl { get; init; } = true;

    public bool IsConfigured => !string.IsNullOrWhiteSpace(Host);
}

/// <summary>E-mails carry links, and links come only from App:PublicUrl: SMTP without it stops the app at start-up.</summary>
internal sealed class SmtpOptionsValidator(IOptions<AppOptions> app) : IValidateOptions<SmtpOptions>
{
    public ValidateOptionsResult Validate(string? name, SmtpOptions options)
    {
        var failures = new List<string>();
        if (options.Port is < 1 or > 65535)
        {
            failures.Add($"Smtp:Port must be between 1 and 65535 (got {options.Port}).");
        }

        if (options.IsConfigured && app.Value.PublicBase is null)
        {
            failures.Add("Smtp:Host is set but App:PublicUrl is empty. E-mails carry links to this instance, which must come from its " +
                "configured public address: set App:PublicUrl (for example https://interviews.example.org) or clear Smtp:Host.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
