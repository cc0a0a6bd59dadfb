using InterviewInsight.Modules.Live.Contracts;

namespace InterviewInsight.Modules.Live.Questions;

/// <summary>
/// The interview questions shipped with InterviewInsight (question-bank.json, embedded in the Modules assembly).
/// Immutable once loaded; register one instance as a singleton (<see cref="Shared"/> or <see cref="LoadEmbedded"/>).
/// </summary>
internal sealed class QuestionBank
{
    private static readonly Lazy<QuestionBank> SharedBank = new(LoadEmbedded, LazyThreadSafetyMode.ExecutionAndPublication);
    private readonly Dictionary<string, BankQuestion> byId;

    internal QuestionBank(string licence, IReadOnlyList<BankRole> roles, IReadOnlyList<BankQuestion> questions)
    {
        Licence = licence;
        Roles = roles;
        Questions = questions;
        byId = questions.ToDictionary(q => q.Id, StringComparer.Ordinal);
    }

    /// <summary>The embedded bank, parsed and validated once per process.</summary>
    public static QuestionBank Shared => SharedBank.Value;

    public string Licence { get; }

    public IReadOnlyList<BankRole> Roles { get; }

    public IReadOnlyList<BankQuestion> Questions { get; }

    public static QuestionBank LoadEmbedded() => QuestionBankLoader.Parse(QuestionBankLoader.ReadEmbeddedJson());

    /// <summary>Parses and validates a bank from JSON; throws <see cref="InvalidDataException"/> naming every problem.</summary>
    public static QuestionBank Parse(string json) => QuestionBankLoader.Parse(json);

    public BankQuestion? Find(string id) => byId.GetValueOrDefault(id);

    /// <summary>The bank roles that best match the role and domain typed at set-up; empty when none does.</summary>
    public IReadOnlyList<RoleMatch> MatchRoles(string? role, string? domain) => RoleMatcher.Match(Roles, role, domain);

    /// <summary>
    /// Questions of one kind (or both) for the given roles and seniority (or any). Role-specific questions come
    /// only for the roles given; generic ones always qualify.
    /// </summary>
    public IReadOnlyList<BankQuestion> Query(IReadOnlyCollection<string> roleIds, Seniority? seniority = null, QuestionKind? kind = null) =>
        Questions
            .Where(q => kind is null || q.Kind == kind)
            .Where(q => seniority is null || q.Fits(seniority.Value))
            .Where(q => q.IsGeneric || q.Roles.Any(roleIds.Contains))
            .ToList();

    /// <summary>
    /// Questions for a set-up's free-text role and domain. When no bank role matches, technical questions
    /// cannot be chosen, so the generic behavioural questions are the fallback.
    /// </summary>
    public IReadOnlyList<BankQuestion> QueryFor(string? role, string? domain, Seniority seniority, InterviewType type)
    {
        var roleIds = MatchRoles(role, domain).Select(m => m.Role.Id).ToList();
        if (roleIds.Count == 0)
        {
            return Query(roleIds, seniority, QuestionKind.Behavioural);
        }

        return type switch
        {
            InterviewType.Behavioural => Query(roleIds, seniority, QuestionKind.Behavioural),
            InterviewType.Technical => Query(roleIds, seniority, QuestionKind.Technical),
            _ => Query(roleIds, seniority),
        };
    }
}
