using System.Net;
using System.Net.Mail;
using InterviewInsight.Modules.Auth.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace InterviewInsight.Modules.Auth.Services;

/// <summary>Sends password-reset mail when Smtp:Host is configured; without it admins reset passwords.</summary>
internal sealed class SmtpEmailSender(IOptions<SmtpOptions> options) : IEmailSender<AppUser>
{
    public Task SendConfirmationLinkAsync(AppUser user, string email, string confirmationLink) =>
        SendAsync(email, "Confirm your InterviewInsight account", $"Confirm your account: {confirmationLink}");

    public Task SendPasswordResetLinkAsync(AppUser user, string email, string resetLink) =>
        SendAsync(email, "Reset your InterviewInsight password",
            $"Someone asked to reset the password of this account. If it was you, open this link: {resetLink}\nIf not, ignore this message.");

    public Task SendPasswordResetCodeAsync(AppUser user, string email, string resetCode) =>
        SendAsync(email, "Your InterviewInsight reset code", $"Your reset code: {resetCode}");

    private async Task SendAsync(string to, string subject, string body)
    {
        var smtp = options.Value;
        if (!smtp.IsConfigured)
        {
            throw new InvalidOperationException("E-mail is not configured (Smtp:Host is empty).");
        }

        using var client = new SmtpClient(smtp.Host, smtp.Port) { EnableSsl = smtp.EnableSsl };
        if (!string.IsNullOrEmpty(smtp.UserName))
        {
            client.Credentials = new NetworkCredential(smtp.UserName, smtp.Password);
        }

        var from = string.IsNullOrWhiteSpace(smtp.From) ? "no-reply@localhost" : smtp.From;
        using var message = new MailMessage(from, to, subject, body);
        await client.SendMailAsync(message);
    }
}
