using InterviewInsight.Modules.Shared.Configuration;
using InterviewInsight.Modules.Shared.Mail;
using InterviewInsight.Modules.Shared.Routing;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace InterviewInsight.Modules.Coaching.Sharing;

/// <summary>The result of sharing for the owner: the share, or why not.</summary>
internal sealed record ShareResult(CreatedShare? Share, string? Error, bool NotFound);

/// <summary>
/// Shares and delivers the invitation of an address without an account: by e-mail when SMTP and App:PublicUrl are set
/// (so the link is built from the configured address), otherwise (or when sending fails) the owner gets the link to pass on,
/// on <c>baseUri</c> (the address the owner is using) when App:PublicUrl is not set.
/// </summary>
internal sealed class ShareInvitations(ShareBook shares, IMailSender mail, IOptions<AppOptions> app, ILogger<ShareInvitations> logger)
{
    public async Task<ShareResult> ShareAsync(string ownerId, Guid? sessionId, string? email, string baseUri, CancellationToken ct)
    {
        var outcome = await shares.ShareAsync(ownerId, sessionId, email, ct);
        if (outcome.NotFound || outcome.Error is not null)
        {
            return new ShareResult(null, outcome.Error, outcome.NotFound);
        }

        var id = outcome.Id!.Value;
        if (outcome.InvitationToken is not { } token)
        {
            return new ShareResult(new CreatedShare(id, null), null, false);
        }

        var path = CoachingRoutes.InvitationFor(token);
        if (mail.IsConfigured && app.Value.Link(path) is { } emailed)
        {
            try
            {
                await mail.SendAsync(email!.Trim(), "You are invited to review practice interviews on InterviewInsight",
                    $"A candidate shared their practice interviews with you. Open this link to create your reviewer account and see them:\n{emailed}\n" +
                    "If you did not expect this, ignore this message.", ct);
                return new ShareResult(new CreatedShare(id, null), null, false);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogWarning(e, "The invitation e-mail of share {ShareId} could not be sent; the owner gets the link instead", id);
            }
        }

        return new ShareResult(new CreatedShare(id, PublicLinks.Absolute(app.Value, baseUri, path)), null, false);
    }
}
