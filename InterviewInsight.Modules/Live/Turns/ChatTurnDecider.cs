using System.Globalization;
using Microsoft.Extensions.AI;

namespace InterviewInsight.Modules.Live.Turns;

/// <summary>
/// The interviewer written by a language model behind <see cref="IChatClient"/> (any OpenAI-compatible endpoint).
/// Asks at temperature 0 for a JSON decision and validates it; when the model fails, is slow or replies with
/// something unusable, the rule-based decider decides and <see cref="TurnDecision.FallbackReason"/> says why.
/// </summary>
internal sealed class ChatTurnDecider(IChatClient chatClient, RuleBasedTurnDecider rules, ChatTurnDeciderOptions options) : ITurnDecider
{
    public async Task<TurnDecision> DecideAsync(TurnContext context, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        string why;
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(options.Timeout);
        try
        {
            var response = await chatClient
                .GetResponseAsync(ChatTurnPrompt.Messages(context), ChatTurnPrompt.Options(options), timeout.Token)
                .ConfigureAwait(false);
            if (ChatTurnReplyReader.TryRead(response.Text, context, options.MaxTextLength, out var reply, out var problem))
            {
                return ToDecision(reply!, context);
            }

            why = problem;
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            why = string.Create(CultureInfo.InvariantCulture, $"The model did not answer within {options.Timeout.TotalSeconds:0.#} s.");
        }
#pragma warning disable CA1031 // Any failure of the model (network, protocol, server error) must fall back to the rules, never end the interview.
        catch (Exception e) when (!cancellationToken.IsCancellationRequested)
#pragma warning restore CA1031
        {
            why = $"The model call failed ({e.GetType().Name}: {e.Message}).";
        }

        return rules.Decide(context) with { FallbackReason = why };
    }

    private TurnDecision ToDecision(ChatTurnReply reply, TurnContext context)
    {
        var rule = TurnRules.ModelPrefix + ChatTurnPrompt.KindName(reply.Kind);
        return reply.Kind switch
        {
            TurnKind.NextQuestion => new TurnDecision(reply.Kind, JoinLine(reply.Text, context.NextPlanned!.Text), rule, reply.Reason, options.ModelName)
            {
                Next = context.NextPlanned,
            },
            TurnKind.End => new TurnDecision(reply.Kind, reply.Text.Length > 0 ? reply.Text : InterviewerLines.Closing, rule, reply.Reason, options.ModelName),
            _ => new TurnDecision(reply.Kind, reply.Text, rule, reply.Reason, options.ModelName),
        };
    }

    private static string JoinLine(string acknowledgement, string question) =>
        acknowledgement.Length == 0 ? question : acknowledgement + " " + question;
}
