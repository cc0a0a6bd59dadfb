using InterviewInsight.Modules.Auth.Data;
using InterviewInsight.Modules.Shared.Mail;
using Microsoft.AspNetCore.Identity;

namespace InterviewInsight.Modules.Auth.Services;

/// <summary>Identity's account mail (password reset) through the shared mail sender; without Smtp:Host admins reset passwords.</summary>
internal sealed class SmtpEmailSender(IMailSender mail) : IEmailSender<AppUser>
{
    public Task SendConfirmationLinkAsync(AppUser user, string email, string confirmationLink) =>
        mail.SendAsync(email, "Confirm your InterviewInsight account", $"Confirm your account: {confirmationLink}");

    public Task SendPasswordResetLinkAsync(AppUser user, string email, string resetLink) =>
        mail.SendAsync(email, "Reset your InterviewInsight password",
            $"Someone asked to reset the password of this account. If it was you, open this link: {resetLink}\nIf not, ignore this message.");

    public Task SendPasswordResetCodeAsync(AppUser user, string email, string resetCode) =>
        mail.SendAsync(email, "Your InterviewInsight reset code", $"Your reset code: {resetCode}");
}
