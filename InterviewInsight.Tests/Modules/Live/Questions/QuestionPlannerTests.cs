using InterviewInsight.Modules.Live.Contracts;
using InterviewInsight.Modules.Live.Questions;

namespace InterviewInsight.Tests.Modules.Live.Questions;

public sealed class QuestionPlannerTests
{
    private static readonly HashSet<string> NoneRecent = [];
    private readonly QuestionPlanner planner = new(QuestionBank.Shared);

    private static SessionSetUp SetUp(string role, InterviewType type, int count, Seniority seniority = Seniority.Mid, string domain = "") =>
        new(role, domain, seniority, type, count, null, true, new AnalysisConsent(true, true, false));

    [Theory]
    [InlineData(InterviewType.Behavioural, 1)]
    [InlineData(InterviewType.Behavioural, 6)]
    [InlineData(InterviewType.Technical, 5)]
    [InlineData(InterviewType.Mixed, 8)]
    [InlineData(InterviewType.Mixed, 20)]
    public void Given_set_up_When_planned_Then_the_plan_has_the_requested_number_of_distinct_questions(InterviewType type, int count)
    {
        // Act
        var plan = planner.Plan(SetUp("Software engineer", type, count), NoneRecent, seed: 7, allowRepeats: false);

        // Assert
        plan.Questions.Count.ShouldBe(count);
        plan.Questions.Select(q => q.Id).Distinct().Count().ShouldBe(count);
        plan.Questions.ShouldAllBe(q => q.Text.Length > 0 && q.Competency.Length > 0);
    }

    [Fact]
    public void Given_behavioural_interview_When_planned_Then_it_opens_with_a_warm_up_and_each_competency_appears_once()
    {
        // Act
        var plan = planner.Plan(SetUp("Registered nurse", InterviewType.Behavioural, 8), NoneRecent, seed: 3, allowRepeats: false);

        // Assert
        QuestionBank.Shared.Find(plan.Questions[0].Id)!.IsOpener.ShouldBeTrue();
        plan.Questions.ShouldAllBe(q => q.Kind == QuestionKind.Behavioural);
        plan.Questions.Select(q => q.Competency).Distinct().Count().ShouldBe(8);
        plan.Notes.ShouldBeEmpty();
    }

    [Fact]
    public void Given_technical_interview_When_planned_Then_every_question_is_specific_to_the_matched_role_and_level()
    {
        // Act
        var plan = planner.Plan(SetUp("Financial analyst", InterviewType.Technical, 5, Seniority.Senior), NoneRecent, seed: 11, allowRepeats: false);

        // Assert
        plan.MatchedRoleIds.ShouldBe(["finance"]);
        plan.Questions.ShouldAllBe(q => q.Kind == QuestionKind.Technical);
        plan.Questions.Select(q => QuestionBank.Shared.Find(q.Id)!).ShouldAllBe(q => q.Roles.Contains("finance") && q.Fits(Seniority.Senior));
        plan.UsedGenericFallback.ShouldBeFalse();
    }

    [Fact]
    public void Given_mixed_interview_When_planned_Then_a_warm_up_comes_first_and_technical_and_behavioural_alternate()
    {
        // Act
        var plan = planner.Plan(SetUp("UX designer", InterviewType.Mixed, 7), NoneRecent, seed: 5, allowRepeats: false);

        // Assert
        QuestionBank.Shared.Find(plan.Questions[0].Id)!.IsOpener.ShouldBeTrue();
        plan.Questions.Skip(1).Select(q => q.Kind).ShouldBe(
        [
            QuestionKind.Technical, QuestionKind.Behavioural, QuestionKind.Technical,
            QuestionKind.Behavioural, QuestionKind.Technical, QuestionKind.Behavioural,
        ]);
    }

    [Fact]
    public void Given_recently_asked_questions_When_planned_Then_none_of_them_is_asked_again()
    {
        // Arrange
        var setUp = SetUp("Sales representative", InterviewType.Mixed, 6, Seniority.Junior);
        var first = planner.Plan(setUp, NoneRecent, seed: 1, allowRepeats: false);
        var recent = first.Questions.Select(q => q.Id).ToHashSet();

        // Act
        var second = planner.Plan(setUp, recent, seed: 1, allowRepeats: false);

        // Assert
        second.Questions.Count.ShouldBe(6);
        second.Questions.ShouldAllBe(q => !recent.Contains(q.Id));
        second.RepeatedRecentCount.ShouldBe(0);
    }

    [Fact]
    public void Given_same_set_up_and_seed_When_planned_twice_Then_the_plans_are_identical_and_other_seeds_vary()
    {
        // Arrange
        var setUp = SetUp("Data scientist", InterviewType.Mixed, 6);

        // Act
        var once = planner.Plan(setUp, NoneRecent, seed: 42, allowRepeats: false).Questions.Select(q => q.Id).ToList();
        var again = planner.Plan(setUp, NoneRecent, seed: 42, allowRepeats: false).Questions.Select(q => q.Id).ToList();
        var others = Enumerable.Range(100, 5).Select(seed => planner.Plan(setUp, NoneRecent, seed, false).Questions.Select(q => q.Id).ToList());

        // Assert
        again.ShouldBe(once);
        others.ShouldContain(plan => !plan.SequenceEqual(once));
    }

    [Fact]
    public void Given_every_suitable_question_was_asked_recently_When_planned_Then_questions_repeat_and_the_plan_says_so()
    {
        // Arrange: every question of the bank counts as recent
        var recent = QuestionBank.Shared.Questions.Select(q => q.Id).ToHashSet();
        var setUp = SetUp("Teacher", InterviewType.Technical, 5);

        // Act
        var plan = planner.Plan(setUp, recent, seed: 9, allowRepeats: false);
        var allowed = planner.Plan(setUp, recent, seed: 9, allowRepeats: true);

        // Assert
        plan.Questions.Count.ShouldBe(5);
        plan.RepeatedRecentCount.ShouldBe(5);
        plan.Notes.ShouldContain(n => n.Contains("recent session", StringComparison.Ordinal));
        allowed.RepeatedRecentCount.ShouldBe(0);
        allowed.Notes.ShouldBeEmpty();
    }

    [Fact]
    public void Given_more_technical_questions_than_the_level_has_When_planned_Then_nearby_levels_then_behavioural_questions_fill_in_with_notes()
    {
        // Arrange: a role has ten technical questions in all, six of them for juniors
        var setUp = SetUp("Nurse", InterviewType.Technical, 14, Seniority.Junior);

        // Act
        var plan = planner.Plan(setUp, NoneRecent, seed: 2, allowRepeats: false);

        // Assert
        plan.Questions.Count.ShouldBe(14);
        plan.Questions.Take(10).ShouldAllBe(q => q.Kind == QuestionKind.Technical);
        plan.Questions.Skip(10).ShouldAllBe(q => q.Kind == QuestionKind.Behavioural);
        plan.Questions.Take(6).Select(q => QuestionBank.Shared.Find(q.Id)!).ShouldAllBe(q => q.Fits(Seniority.Junior));
        plan.UsedGenericFallback.ShouldBeTrue();
        plan.Notes.ShouldContain(n => n.Contains("another seniority level", StringComparison.Ordinal));
        plan.Notes.ShouldContain(n => n.Contains("ran out of role-specific questions", StringComparison.Ordinal));
    }

    [Fact]
    public void Given_role_the_bank_does_not_know_When_planning_a_technical_interview_Then_behavioural_questions_are_used_and_the_plan_says_so()
    {
        // Act
        var plan = planner.Plan(SetUp("Astronaut", InterviewType.Technical, 4), NoneRecent, seed: 4, allowRepeats: false);

        // Assert
        plan.Questions.Count.ShouldBe(4);
        plan.Questions.ShouldAllBe(q => q.Kind == QuestionKind.Behavioural);
        plan.MatchedRoleIds.ShouldBeEmpty();
        plan.UsedGenericFallback.ShouldBeTrue();
        plan.Notes.ShouldContain(n => n.Contains("Astronaut", StringComparison.Ordinal));
    }
}
