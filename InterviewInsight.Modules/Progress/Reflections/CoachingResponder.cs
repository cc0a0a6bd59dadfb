using System.Globalization;
using System.Text.RegularExpressions;
using InterviewInsight.Modules.Engines.Content.Judging;
using InterviewInsight.Modules.Engines.Results;
using InterviewInsight.Modules.Engines.Text;
using InterviewInsight.Modules.Progress.Data;
using InterviewInsight.Modules.Shared.Ai;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging;

namespace InterviewInsight.Modules.Progress.Reflections;

/// <summary>
/// Writes the coaching response to a reflection. The template (<see cref="CoachingResponseWriter"/>) is written first,
/// always. When <c>Ai:Chat</c> is configured and the session has measured results with a transcript, the chat model is
/// asked too, and its reply replaces the template only when it is non-empty, not overlong, quotes the candidate's
/// transcript verbatim (a quotation of <see cref="CoachingPrompt.MinQuotedWords"/> or more words, found word by word by
/// the judge's <see cref="QuoteLocator"/>) and invents no quotation (each long one is from the transcript or the
/// reflection). Otherwise, on an endpoint error or with no reply within <see cref="Timeout"/>, the template stands and
/// the log says why. Saving a reflection waits for the model at most <see cref="Timeout"/>.
/// </summary>
internal sealed partial class CoachingResponder
{
    /// <summary>The source of a response the model wrote: this prefix and the model's name.</summary>
    public const string ModelSourcePrefix = "ai:";

    /// <summary>Short: the candidate waits for it when saving the reflection, and the template is always there.</summary>
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(10);

    private const int MaxLength = 4000;

    // The width of JournalEntry.CoachingSource; a longer model name is cut, the configuration still names it in full.
    private const int SourceMaxLength = JournalEntry.CoachingSourceMaxLength;

    private readonly IChatClient? client;
    private readonly string modelSource;
    private readonly ILogger<CoachingResponder> logger;

    public CoachingResponder(IChatClient? client, string? model, TimeSpan timeout, ILogger<CoachingResponder> logger)
    {
        this.client = client;
        var source = ModelSourcePrefix + (model ?? "model");
        modelSource = source.Length <= SourceMaxLength ? source : source[..SourceMaxLength];
        Timeout = timeout;
        this.logger = logger;
    }

    public TimeSpan Timeout { get; }

    /// <summary>The responder for the configured <c>Ai:Chat</c> endpoint, or a templates-only one when none is set.</summary>
    public static CoachingResponder From(AiOptions ai, ILogger<CoachingResponder> logger) =>
        ChatEndpoint.From(ai.Chat) is { } chat
            ? new CoachingResponder(chat.CreateClient(DefaultTimeout), chat.Model, DefaultTimeout, logger)
            : new CoachingResponder(null, null, DefaultTimeout, logger);

    public async Task<CoachingResponse> WriteAsync(ReflectionText reflection, AnalysisResult? result, CancellationToken ct)
    {
        var (template, templateSource) = CoachingResponseWriter.Write(reflection, result);
        if (client is null || result is null)
        {
            return new CoachingResponse(template, templateSource, null);
        }

        var (reply, rejected) = await AskAsync(reflection, result, ct);
        if (reply is not null)
        {
            return new CoachingResponse(reply, modelSource, null);
        }

        logger.LogWarning("The coaching response of session {SessionId} is the template: {Reason}", result.SessionId, rejected);
        return new CoachingResponse(template, templateSource, rejected);
    }

    private async Task<(string? Reply, string? Rejected)> AskAsync(ReflectionText reflection, AnalysisResult result, CancellationToken ct)
    {
        var transcript = CoachingPrompt.Transcript(result);
        if (transcript.Count == 0)
        {
            return (null, "the session has no transcript for the model to quote.");
        }

        string reply;
        using (var limit = CancellationTokenSource.CreateLinkedTokenSource(ct))
        {
            limit.CancelAfter(Timeout);
            try
            {
                reply = (await client!.GetResponseAsync(CoachingPrompt.Messages(reflection, result), CoachingPrompt.Options(), limit.Token)).Text.Trim();
            }
            catch (OperationCanceledException) when (!ct.IsCancellationRequested)
            {
                return (null, string.Create(CultureInfo.InvariantCulture, $"the model did not answer within {Timeout.TotalSeconds:0.#} s."));
            }
#pragma warning disable CA1031 // Any failure of the model (network, protocol, server error) keeps the template; saving the reflection must not fail.
            catch (Exception e) when (!ct.IsCancellationRequested)
#pragma warning restore CA1031
            {
                return (null, $"the model call failed ({e.GetType().Name}: {Shorten(e.Message)}).");
            }
        }

        return Check(reply, transcript, reflection) is { } problem ? (null, problem) : (reply, null);
    }

    /// <summary>Why the reply cannot stand, or null when it can.</summary>
    private static string? Check(string reply, IReadOnlyList<TimedSentence> transcript, ReflectionText reflection)
    {
        if (reply.Length == 0)
        {
            return "the model's reply was empty.";
        }

        if (reply.Length > MaxLength)
        {
            return string.Create(CultureInfo.InvariantCulture, $"the model's reply was longer than {MaxLength} characters.");
        }

        var quotations = Quotations().Matches(reply)
            .Select(m => m.Groups[1].Success ? m.Groups[1].Value : m.Groups[2].Value)
            .Where(q => Words.Count(q) >= CoachingPrompt.MinQuotedWords)
            .ToList();
        var ownWords = new[] { reflection.WentWell, reflection.ToChange, reflection.Feeling }
            .Select((text, i) => new TimedSentence(i, text ?? "", 0, 0)).ToList();
        var invented = quotations.FirstOrDefault(q => QuoteLocator.Find(q, transcript) is null && QuoteLocator.Find(q, ownWords) is null);
        if (invented is not null)
        {
            return $"the model's reply quotes words the candidate did not say (\"{Shorten(invented)}\").";
        }

        return quotations.Any(q => QuoteLocator.Find(q, transcript) is not null)
            ? null
            : string.Create(CultureInfo.InvariantCulture, $"the model's reply quotes no phrase of {CoachingPrompt.MinQuotedWords} or more words from the transcript.");
    }

    private static string Shorten(string text) => text.Length <= 160 ? text : text[..160] + "…";

    [GeneratedRegex("“([^”]+)”|\"([^\"]+)\"")]
    private static partial Regex Quotations();
}

/// <summary>A coaching response, where it came from, and (when a configured model's reply was not used) why not.</summary>
internal sealed record CoachingResponse(string Text, string Source, string? ModelNotUsedBecause);
