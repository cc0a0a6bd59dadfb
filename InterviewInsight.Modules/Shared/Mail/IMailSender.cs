namespace InterviewInsight.Modules.Shared.Mail;

/// <summary>Plain-text e-mail through the <c>Smtp</c> section; callers check <see cref="IsConfigured"/> and offer another way when it is false.</summary>
public interface IMailSender
{
    bool IsConfigured { get; }

    Task SendAsync(string to, string subject, string body, CancellationToken ct = default);
}
