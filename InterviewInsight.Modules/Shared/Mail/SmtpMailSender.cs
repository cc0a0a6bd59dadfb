using System.Net;
using System.Net.Mail;
using Microsoft.Extensions.Options;

namespace InterviewInsight.Modules.Shared.Mail;

internal sealed class SmtpMailSender(IOptions<SmtpOptions> options) : IMailSender
{
    public bool IsConfigured => options.Value.IsConfigured;

    public async Task SendAsync(string to, string subject, string body, CancellationToken ct = default)
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
        await client.SendMailAsync(message, ct);
    }
}
