using Bunit;
using InterviewInsight.Modules.Analysis.Dashboard;
using InterviewInsight.Modules.Engines.Content.Judging;
using InterviewInsight.Modules.Engines.Speech.Words;
using InterviewInsight.Modules.Live.Contracts;
using InterviewInsight.Tests.TestInfrastructure;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor.Services;

namespace InterviewInsight.Tests.Modules.Analysis.Dashboard;

/// <summary>Issue 14, "show what is measured but hidden today": hedges, repetitions, judge quotes, the interviewer's reason.</summary>
public sealed class AnswerDetailsTests : BunitContext, IAsyncLifetime
{
    public AnswerDetailsTests()
    {
        JSInterop.Mode = JSRuntimeMode.Loose;
        Services.AddMudServices();
    }

    public Task InitializeAsync() => Task.CompletedTask;

    Task IAsyncLifetime.DisposeAsync() => DisposeAsync().AsTask();

    [Fact]
    public void Given_an_answer_with_hedges_a_judged_quote_and_a_follow_up_reason_When_the_details_render_Then_each_shows_with_its_time_and_seeks()
    {
        // Arrange: the golden clip's first answer, with a hedge, a repetition and a judge criterion
        var golden = GoldenResult.Load().Answers[0];
        var answer = golden with
        {
            Speech = golden.Speech! with { Hedges = [new TimedPhrase("i think", 1.2, 1.6)], Repetitions = [new TimedPhrase("the the", 2.0, 2.4)] },
            Content = golden.Content! with
            {
                Judge = new JudgeResult("rule-based", [new JudgeCriterion("result", 2, "we shipped it", 4.8, 5.2), new JudgeCriterion("situation", 1, null, null, null)],
                    "No clear result.", null, []),
            },
        };
        var choice = new InterviewerChoice(Guid.NewGuid(), AnswerKind.FollowUp, "followup.no-result", "The answer named no result.");
        var seeks = new List<double>();

        // Act
        var cut = Render<AnswerDetails>(p => p.Add(c => c.Answer, answer).Add(c => c.Decision, choice).Add(c => c.OnSeek, (double t) => seeks.Add(t)));
        cut.Find("[data-detail='hedges'] button").Click();
        cut.Find("[data-detail='judge'] tbody button").Click();

        // Assert
        cut.Find("[data-detail='hedges']").TextContent.ShouldContain("“i think” 0:01");
        cut.Find("[data-detail='repetitions']").TextContent.ShouldContain("“the the” 0:02");
        cut.Find("[data-detail='judge']").TextContent.ShouldContain("we shipped it");
        cut.Find("[data-detail='judge']").TextContent.ShouldContain("nothing to quote");
        cut.Find("[data-detail='question-kind']").TextContent.ShouldBe("A follow-up to the previous answer");
        cut.Find("[data-detail='decision']").TextContent.ShouldContain("The answer named no result.");
        cut.Find("[data-detail='decision'] code").TextContent.ShouldBe("followup.no-result");
        seeks.ShouldBe([1.2, 4.8]);
    }
}
