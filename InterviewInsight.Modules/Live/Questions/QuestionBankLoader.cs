using System.Text.Json;
using System.Text.RegularExpressions;
using InterviewInsight.Modules.Live.Contracts;

namespace InterviewInsight.Modules.Live.Questions;

/// <summary>Reads question-bank.json and checks every entry; a broken bank fails loudly, naming each problem.</summary>
internal static partial class QuestionBankLoader
{
    public const string ResourceName = "InterviewInsight.Modules.Live.Questions.question-bank.json";

    private static readonly JsonSerializerOptions JsonOptions = new()
    {
        PropertyNameCaseInsensitive = true,
        ReadCommentHandling = JsonCommentHandling.Skip,
    };

    public static string ReadEmbeddedJson()
    {
        using var stream = typeof(QuestionBankLoader).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The question bank resource '{ResourceName}' is missing from the Modules assembly.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    public static QuestionBank Parse(string json)
    {
        var document = JsonSerializer.Deserialize<QuestionBankDocument>(json, JsonOptions)
            ?? throw new InvalidDataException("The question bank is empty.");
        var problems = new List<string>();
        if (string.IsNullOrWhiteSpace(document.Licence))
        {
            problems.Add("The bank has no licence note.");
        }

        var roles = ReadRoles(document.Roles ?? [], problems);
        var roleIds = roles.Select(r => r.Id).ToHashSet(StringComparer.Ordinal);
        var questions = new List<BankQuestion>();
        var seenIds = new HashSet<string>(StringComparer.Ordinal);
        foreach (var entry in document.Questions ?? [])
        {
            var question = ReadQuestion(entry, roleIds, problems);
            if (question is null)
            {
                continue;
            }

            if (!seenIds.Add(question.Id))
            {
                problems.Add($"Question id '{question.Id}' is used more than once.");
                continue;
            }

            questions.Add(question);
        }

        if (questions.Count == 0)
        {
            problems.Add("The bank has no questions.");
        }

        if (problems.Count > 0)
        {
            throw new InvalidDataException("The question bank is invalid: " + string.Join(" ", problems));
        }

        return new QuestionBank(document.Licence!, roles, questions);
    }

    private static List<BankRole> ReadRoles(List<QuestionBankDocument.RoleDocument> entries, List<string> problems)
    {
        var roles = new List<BankRole>();
        foreach (var entry in entries)
        {
            if (string.IsNullOrWhiteSpace(entry.Id) || string.IsNullOrWhiteSpace(entry.Name) || entry.Aliases is not { Count: > 0 })
            {
                problems.Add($"Role '{entry.Id}' needs an id, a name and at least one alias.");
                continue;
            }

            if (roles.Any(r => r.Id == entry.Id))
            {
                problems.Add($"Role id '{entry.Id}' is used more than once.");
                continue;
            }

            roles.Add(new BankRole(entry.Id, entry.Name, entry.Aliases.Where(a => !string.IsNullOrWhiteSpace(a)).ToList()));
        }

        return roles;
    }

    private static BankQuestion? ReadQuestion(QuestionBankDocument.QuestionDocument entry, HashSet<string> roleIds, List<string> problems)
    {
        var id = entry.Id ?? "";
        var before = problems.Count;
        void Problem(string message) => problems.Add($"Question '{id}': {message}.");

        if (!IdPattern().IsMatch(id))
        {
            Problem("the id must be lower-case letters, digits and dashes");
        }

        if (string.IsNullOrWhiteSpace(entry.Text))
        {
            Problem("the text is empty");
        }

        var kind = ParseEnum<QuestionKind>(entry.Kind);
        if (kind is null)
        {
            Problem($"unknown kind '{entry.Kind}'");
        }

        var competencies = (entry.Competencies ?? []).Where(c => !string.IsNullOrWhiteSpace(c)).ToList();
        if (competencies.Count == 0)
        {
            Problem("it needs at least one competency");
        }

        var roles = entry.Roles ?? [];
        foreach (var unknown in roles.Where(r => !roleIds.Contains(r)))
        {
            Problem($"unknown role '{unknown}'");
        }

        if (kind == QuestionKind.Technical && roles.Count == 0)
        {
            Problem("a technical question needs at least one role");
        }

        var seniorities = (entry.Seniority ?? []).Select(ParseEnum<Seniority>).ToList();
        if (seniorities.Count == 0 || seniorities.Any(s => s is null))
        {
            Problem("seniority must list junior, mid and/or senior");
        }

        var expected = ReadExpected(entry.Expected, Problem);
        var followUps = (entry.FollowUps ?? []).Select(f => (Asks: ParseEnum<FollowUpGap>(f.Asks), f.Text)).ToList();
        if (followUps.Count is < 1 or > 2 || followUps.Any(f => f.Asks is null || string.IsNullOrWhiteSpace(f.Text)))
        {
            Problem("it needs one or two follow-ups, each asking for a result, an example or specifics");
        }

        if (problems.Count > before)
        {
            return null;
        }

        return new BankQuestion(
            id,
            entry.Text!.Trim(),
            kind!.Value,
            competencies,
            roles,
            seniorities.Select(s => s!.Value).Distinct().ToList(),
            entry.Opener,
            expected!,
            followUps.Select(f => new FollowUpPrompt(f.Asks!.Value, f.Text!.Trim())).ToList());
    }

    private static ExpectedElements? ReadExpected(QuestionBankDocument.ExpectedDocument? entry, Action<string> problem)
    {
        var structure = ParseEnum<AnswerStructure>(entry?.Structure);
        if (entry is null || structure is null)
        {
            problem("expected.structure must be star, explanation or narrative");
            return null;
        }

        var keyTerms = (entry.KeyTerms ?? []).Where(t => !string.IsNullOrWhiteSpace(t)).Select(t => t.Trim().ToLowerInvariant()).ToList();
        if (keyTerms.Count < 3)
        {
            problem("expected.keyTerms needs at least three topic words");
        }

        var elements = entry.Elements ?? [];
        if (structure == AnswerStructure.Star && !elements.SequenceEqual(["situation", "task", "action", "result"]))
        {
            problem("a STAR question must expect situation, task, action and result");
        }

        return new ExpectedElements(structure.Value, elements, keyTerms);
    }

    private static T? ParseEnum<T>(string? value)
        where T : struct, Enum =>
        Enum.TryParse<T>(value, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed) && !int.TryParse(value, out _) ? parsed : null;

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$", RegexOptions.CultureInvariant)]
    private static partial Regex IdPattern();
}
