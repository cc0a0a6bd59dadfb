using InterviewInsight.Modules.Live.Contracts;
using InterviewInsight.Modules.Live.Questions;

namespace InterviewInsight.Tests.Modules.Live.Questions;

public sealed class QuestionBankTests
{
    private static readonly QuestionBank Bank = QuestionBank.Shared;

    [Fact]
    public void Given_embedded_bank_When_loaded_Then_it_has_at_least_150_questions_with_unique_ids_and_text()
    {
        // Arrange / Act
        var questions = Bank.Questions;

        // Assert
        questions.Count.ShouldBeGreaterThanOrEqualTo(150);
        questions.Select(q => q.Id).Distinct(StringComparer.Ordinal).Count().ShouldBe(questions.Count);
        questions.ShouldAllBe(q => q.Text.Trim().Length > 20);
        questions.ShouldAllBe(q => q.FollowUps.Count >= 1 && q.FollowUps.Count <= 2);
        Bank.Licence.ShouldContain("Written for InterviewInsight");
    }

    [Fact]
    public void Given_embedded_bank_When_counting_roles_Then_at_least_ten_roles_have_technical_questions_at_every_level()
    {
        // Arrange
        var levels = Enum.GetValues<Seniority>();

        // Act
        var wellCoveredRoles = Bank.Roles
            .Where(role => levels.All(level => Bank.Query([role.Id], level, QuestionKind.Technical).Count(q => !q.IsGeneric) >= 5))
            .ToList();

        // Assert
        wellCoveredRoles.Count.ShouldBeGreaterThanOrEqualTo(10);
    }

    [Fact]
    public void Given_embedded_bank_When_counting_behavioural_questions_Then_every_level_has_openers_and_many_competencies()
    {
        foreach (var level in Enum.GetValues<Seniority>())
        {
            // Act
            var behavioural = Bank.Query([], level, QuestionKind.Behavioural);

            // Assert
            behavioural.Count(q => q.IsOpener).ShouldBeGreaterThanOrEqualTo(3);
            behavioural.Where(q => !q.IsOpener).Select(q => q.PrimaryCompetency).Distinct().Count().ShouldBeGreaterThanOrEqualTo(10);
            behavioural.Where(q => !q.IsOpener).ShouldAllBe(q => q.Expected.Structure == AnswerStructure.Star);
        }
    }

    [Fact]
    public void Given_embedded_bank_When_loaded_twice_Then_the_shared_instance_is_reused()
    {
        // Act / Assert
        QuestionBank.Shared.ShouldBeSameAs(QuestionBank.Shared);
    }

    [Fact]
    public void Given_bank_json_with_duplicate_id_empty_text_and_unknown_role_When_parsed_Then_each_problem_is_named()
    {
        // Arrange
        const string json =
            """
            {
              "licence": "test",
              "roles": [ { "id": "sales", "name": "Sales", "aliases": ["sales"] } ],
              "questions": [
                { "id": "q-one", "text": "Tell me about a deal you won.", "kind": "behavioural", "competencies": ["influence"], "roles": [], "seniority": ["mid"],
                  "expected": { "structure": "star", "elements": ["situation","task","action","result"], "keyTerms": ["deal","won","client"] },
                  "followUps": [ { "asks": "result", "text": "What happened?" } ] },
                { "id": "q-one", "text": "Duplicate id.", "kind": "behavioural", "competencies": ["influence"], "roles": [], "seniority": ["mid"],
                  "expected": { "structure": "star", "elements": ["situation","task","action","result"], "keyTerms": ["deal","won","client"] },
                  "followUps": [ { "asks": "result", "text": "What happened?" } ] },
                { "id": "q-two", "text": " ", "kind": "technical", "competencies": ["x"], "roles": ["astronomy"], "seniority": ["mid"],
                  "expected": { "structure": "explanation", "elements": [], "keyTerms": ["a","b","c"] },
                  "followUps": [ { "asks": "specifics", "text": "Which?" } ] }
              ]
            }
            """;

        // Act
        var error = Should.Throw<InvalidDataException>(() => QuestionBank.Parse(json));

        // Assert
        error.Message.ShouldContain("'q-one' is used more than once");
        error.Message.ShouldContain("the text is empty");
        error.Message.ShouldContain("unknown role 'astronomy'");
    }

    [Theory]
    [InlineData("Senior backend developer", "Payments", "software-engineering")]
    [InlineData("Sofware engneer", "", "software-engineering")]
    [InlineData("Registered nurse", "A&E", "nursing-healthcare")]
    [InlineData("Data analyst", "Retail", "data-science")]
    [InlineData("Account manager", "SaaS", "sales")]
    [InlineData("Accountant", "", "finance")]
    [InlineData("Financial analyst", "", "finance")]
    [InlineData("Product designer", "Fintech", "ux-design")]
    [InlineData("Product manager", "Mobile apps", "product-management")]
    [InlineData("Project manager", "Healthcare", "project-management")]
    [InlineData("Primary school teacher", "", "teaching")]
    [InlineData("Operations manager", "Logistics", "operations")]
    [InlineData("Customer success manager", "", "customer-support")]
    [InlineData("Digital marketing executive", "", "marketing")]
    [InlineData("Graduate", "Machine learning", "data-science")]
    public void Given_free_text_role_When_matched_Then_the_expected_bank_role_is_the_only_match(string role, string domain, string expectedRole)
    {
        // Act
        var matches = Bank.MatchRoles(role, domain);

        // Assert
        matches.Select(m => m.Role.Id).ShouldBe([expectedRole]);
    }

    [Fact]
    public void Given_role_the_bank_does_not_know_When_querying_technical_questions_Then_generic_behavioural_questions_are_the_fallback()
    {
        // Act
        var matches = Bank.MatchRoles("Astronaut", "Space station");
        var questions = Bank.QueryFor("Astronaut", "Space station", Seniority.Mid, InterviewType.Technical);

        // Assert
        matches.ShouldBeEmpty();
        questions.ShouldNotBeEmpty();
        questions.ShouldAllBe(q => q.Kind == QuestionKind.Behavioural && q.IsGeneric);
    }

    [Fact]
    public void Given_known_role_When_querying_technical_questions_Then_only_that_roles_questions_at_that_level_return()
    {
        // Act
        var questions = Bank.QueryFor("Staff nurse", "", Seniority.Junior, InterviewType.Technical);

        // Assert
        questions.Count.ShouldBeGreaterThanOrEqualTo(5);
        questions.ShouldAllBe(q => q.Kind == QuestionKind.Technical && q.Roles.Contains("nursing-healthcare") && q.Fits(Seniority.Junior));
    }
}
