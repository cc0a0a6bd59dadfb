using InterviewInsight.Modules.Live.Contracts;
using InterviewInsight.Modules.Live.Sessions;

namespace InterviewInsight.Tests.Modules.Live;

public sealed class SessionSetUpValidatorTests
{
    private static SessionSetUp Valid => new("Backend engineer", "Payments", Seniority.Senior, InterviewType.Technical, 5, null, true, new AnalysisConsent(true, true, true));

    [Fact]
    public void Given_complete_set_up_When_validated_Then_no_errors() => SessionSetUpValidator.Validate(Valid).ShouldBeEmpty();

    [Fact]
    public void Given_blank_role_zero_questions_and_no_consent_When_validated_Then_each_problem_is_named()
    {
        var errors = SessionSetUpValidator.Validate(Valid with { Role = " ", QuestionCount = 0, Consent = new AnalysisConsent(false, false, false) });
        errors.Count.ShouldBe(3);
        errors.ShouldContain(e => e.Contains("role", StringComparison.OrdinalIgnoreCase));
        errors.ShouldContain(e => e.Contains("questions", StringComparison.OrdinalIgnoreCase));
        errors.ShouldContain(e => e.Contains("analysis", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void Given_oversized_job_description_When_validated_Then_rejected()
    {
        var errors = SessionSetUpValidator.Validate(Valid with { JobDescription = new string('x', SessionSetUpValidator.MaxJobDescriptionLength + 1) });
        errors.ShouldHaveSingleItem().ShouldContain("job description");
    }
}
