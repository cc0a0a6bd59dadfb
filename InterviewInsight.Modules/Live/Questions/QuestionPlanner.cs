using InterviewInsight.Modules.Live.Contracts;

namespace InterviewInsight.Modules.Live.Questions;

/// <summary>
/// Chooses a session's questions from the bank.
/// Behavioural: a warm-up opener (3+ questions), then behavioural questions with distinct competencies.
/// Technical: role-specific questions, distinct competencies where possible.
/// Mixed: a warm-up opener (2+ questions), then technical and behavioural alternately.
/// Recently asked questions are left out unless <c>allowRepeats</c>; when the bank runs short the planner widens
/// step by step (other seniority levels, then recent questions, then generic behavioural questions) and says so in
/// <see cref="QuestionPlan.Notes"/>. The same set-up, recent ids and seed always give the same plan.
/// </summary>
internal sealed class QuestionPlanner(QuestionBank bank)
{
    public const int MaxQuestions = 20;

    public QuestionPlan Plan(SessionSetUp setUp, IReadOnlySet<string> recentlyAskedIds, int seed, bool allowRepeats)
    {
        ArgumentNullException.ThrowIfNull(setUp);
        ArgumentNullException.ThrowIfNull(recentlyAskedIds);
        var count = Math.Clamp(setUp.QuestionCount, 1, MaxQuestions);
        var matches = bank.MatchRoles(setUp.Role, setUp.Domain);
        var roleIds = matches.Select(m => m.Role.Id).ToList();
        var random = new Random(seed);
        var notes = new List<string>();
        var state = new PlanState(recentlyAskedIds, allowRepeats, setUp.Seniority);

        var openers = Shuffle(bank.Questions.Where(q => q.IsOpener), random);
        var behavioural = Shuffle(bank.Query(roleIds, kind: QuestionKind.Behavioural).Where(q => !q.IsOpener), random);
        var technical = Shuffle(bank.Query(roleIds, kind: QuestionKind.Technical), random);

        var usedFallback = roleIds.Count == 0 && setUp.InterviewType != InterviewType.Behavioural;
        if (usedFallback)
        {
            notes.Add($"No role-specific questions match \"{setUp.Role}\"; the interview uses general behavioural questions instead.");
        }

        foreach (var slot in Slots(setUp.InterviewType, count, hasTechnical: roleIds.Count > 0))
        {
            var pick = slot switch
            {
                QuestionSlot.Opener => state.Take(openers) ?? state.Take(behavioural),
                QuestionSlot.Technical => state.Take(technical) ?? state.TakeAsFallback(behavioural, notes),
                _ => state.Take(behavioural) ?? state.Take(technical),
            };
            if (pick is null)
            {
                notes.Add($"The question bank has only {state.Chosen.Count} suitable questions; the plan is shorter than the {count} asked for.");
                break;
            }
        }

        if (state.RepeatedRecent > 0)
        {
            notes.Add($"{state.RepeatedRecent} question(s) were asked in a recent session: the bank ran out of new ones for this set-up.");
        }

        if (state.OtherSeniority > 0)
        {
            notes.Add($"{state.OtherSeniority} question(s) are aimed at another seniority level: the bank had too few for {setUp.Seniority.ToString().ToLowerInvariant()} level.");
        }

        var planned = state.Chosen.Select(q => new PlannedQuestion(q.Id, q.Text, q.Kind, q.PrimaryCompetency)).ToList();
        return new QuestionPlan(planned, roleIds, usedFallback || state.TechnicalReplaced > 0, state.RepeatedRecent, notes);
    }

    /// <summary>
    /// A plan from a question set: its questions in its order, the first <paramref name="count"/> of them. A question picked from
    /// the bank keeps its bank id (its follow-ups and clarifications); a typed one is asked by its text, like an upload's.
    /// </summary>
    public QuestionPlan PlanFromSet(QuestionSetDetails set, int count)
    {
        ArgumentNullException.ThrowIfNull(set);
        var take = Math.Clamp(count, 1, Math.Min(MaxQuestions, set.Questions.Count));
        var planned = set.Questions.Take(take).Select(q => q.BankQuestionId is { } id && bank.Find(id) is { } known
                ? new PlannedQuestion(known.Id, q.Text, known.Kind, known.PrimaryCompetency)
                : new PlannedQuestion("", q.Text, q.Kind == SetQuestionKind.Technical ? QuestionKind.Technical : QuestionKind.Behavioural, ""))
            .ToList();
        List<string> notes = [$"Questions from the set \"{set.Name}\"."];
        if (count > set.Questions.Count)
        {
            notes.Add($"The set has {set.Questions.Count} questions, fewer than the {count} asked for.");
        }

        return new QuestionPlan(planned, [], false, 0, notes);
    }

    private static IEnumerable<QuestionSlot> Slots(InterviewType type, int count, bool hasTechnical)
    {
        var withOpener = type switch
        {
            InterviewType.Mixed => count >= 2,
            InterviewType.Behavioural => count >= 3,
            _ => false,
        };
        for (var i = 0; i < count; i++)
        {
            if (i == 0 && withOpener)
            {
                yield return QuestionSlot.Opener;
                continue;
            }

            var index = withOpener ? i - 1 : i;
            yield return (type, hasTechnical) switch
            {
                (InterviewType.Technical, true) => QuestionSlot.Technical,
                (InterviewType.Mixed, true) => index % 2 == 0 ? QuestionSlot.Technical : QuestionSlot.Behavioural,
                _ => QuestionSlot.Behavioural,
            };
        }
    }

    // Fisher-Yates over the bank's order with the session's seeded generator: the same seed gives the same order.
    private static List<BankQuestion> Shuffle(IEnumerable<BankQuestion> questions, Random random)
    {
        var list = questions.ToList();
        for (var i = list.Count - 1; i > 0; i--)
        {
            var j = random.Next(i + 1);
            (list[i], list[j]) = (list[j], list[i]);
        }

        return list;
    }

    private enum QuestionSlot
    {
        Opener,
        Technical,
        Behavioural,
    }

    private sealed class PlanState(IReadOnlySet<string> recent, bool allowRepeats, Seniority seniority)
    {
        private readonly HashSet<string> competencies = new(StringComparer.Ordinal);
        private readonly HashSet<string> chosenIds = new(StringComparer.Ordinal);

        public List<BankQuestion> Chosen { get; } = [];

        public int RepeatedRecent { get; private set; }

        public int OtherSeniority { get; private set; }

        public int TechnicalReplaced { get; private set; }

        /// <summary>
        /// Takes the best remaining question of a pool. Widening order: right level and new, other level and new,
        /// right level but recent, other level and recent. Within a step, the nearest level and then an unused competency come first.
        /// </summary>
        public BankQuestion? Take(List<BankQuestion> pool)
        {
            var available = pool.Where(q => !chosenIds.Contains(q.Id)).ToList();
            bool IsNew(BankQuestion q) => allowRepeats || !recent.Contains(q.Id);
            Func<BankQuestion, bool>[] steps =
            [
                q => q.Fits(seniority) && IsNew(q),
                q => !q.Fits(seniority) && IsNew(q),
                q => q.Fits(seniority),
                _ => true,
            ];
            foreach (var step in steps)
            {
                var candidates = available.Where(step).ToList();
                if (candidates.Count == 0)
                {
                    continue;
                }

                // Nearest level first (a junior gets mid-level questions before senior-only ones), then a new competency.
                var pick = candidates
                    .OrderBy(LevelDistance)
                    .ThenBy(q => competencies.Contains(q.PrimaryCompetency) ? 1 : 0)
                    .First();
                Record(pick, IsNew(pick));
                return pick;
            }

            return null;
        }

        public BankQuestion? TakeAsFallback(List<BankQuestion> pool, List<string> notes)
        {
            var pick = Take(pool);
            if (pick is not null && TechnicalReplaced++ == 0)
            {
                notes.Add("The bank ran out of role-specific questions for this set-up; general behavioural questions fill the rest.");
            }

            return pick;
        }

        private int LevelDistance(BankQuestion question) =>
            question.Seniorities.Min(s => Math.Abs((int)s - (int)seniority));

        private void Record(BankQuestion question, bool isNew)
        {
            Chosen.Add(question);
            chosenIds.Add(question.Id);
            competencies.Add(question.PrimaryCompetency);
            if (!isNew)
            {
                RepeatedRecent++;
            }

            if (!question.Fits(seniority))
            {
                OtherSeniority++;
            }
        }
    }
}
