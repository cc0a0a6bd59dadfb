using System.Net;
using System.Text.Json;
using InterviewInsight.Modules.Live.Contracts;
using InterviewInsight.Modules.Live.Interview;
using InterviewInsight.Tests.Modules.Live.Interview;
using InterviewInsight.Tests.TestInfrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace InterviewInsight.Tests.Modules.Live.Retakes;

/// <summary>"Practise this question again" on the real host: the new session, its one-question plan and the link on its answer.</summary>
[Trait("Category", "Integration")]
public sealed class RetakeEndpointTests : IDisposable
{
    private readonly AppFactory app = new();

    private ILiveApi Live => app.Services.GetRequiredService<ILiveApi>();

    [Fact]
    public async Task Given_an_answered_bank_question_When_the_owner_retakes_it_Then_a_one_question_session_whose_answer_links_back()
    {
        // Arrange: alice's two-question interview, first question asked
        var (sessionId, answerId) = await AskedAnswerAsync("alice");
        var original = (await Live.GetRecordingAsync("alice", sessionId))!.Answers.Single();

        // Act
        using var response = await app.CreateClientAs("alice", "Candidate").PostAsync(RetakePath(sessionId, answerId), null);

        // Assert
        var body = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(HttpStatusCode.Created, body);
        using var json = JsonDocument.Parse(body);
        var retakeId = json.RootElement.GetProperty("sessionId").GetGuid();
        json.RootElement.GetProperty("url").GetString().ShouldBe($"/practice/{retakeId}/interview");
        var retake = (await Live.GetSessionAsync("alice", retakeId))!;
        retake.Kind.ShouldBe(SessionKind.Live);
        retake.SetUp.ShouldBe(InterviewArrange.SetUp with { QuestionCount = 1 });
        using var again = await app.CreateClientAs("alice", "Candidate").PostAsync(RetakePath(sessionId, answerId), null);
        using var againJson = JsonDocument.Parse(await again.Content.ReadAsStringAsync());
        againJson.RootElement.GetProperty("sessionId").GetGuid().ShouldBe(retakeId, "a retake not yet started is reused (Back, a reload), not made twice");

        var opening = app.Services.GetRequiredService<OpenInterview>();
        (await opening.OpenAsync("alice", retakeId)).PlannedTotal.ShouldBe(1);
        var state = await opening.OpenAsync("alice", retakeId); // a reload keeps the plan
        state.PlannedTotal.ShouldBe(1);
        state.Next!.QuestionId.ShouldBe(original.QuestionId);
        await app.Services.GetRequiredService<AskQuestion>().AskAsync("alice", retakeId, 1.5);
        var asked = (await Live.GetRecordingAsync("alice", retakeId))!.Answers.Single();
        asked.QuestionId.ShouldBe(original.QuestionId);
        asked.Question.ShouldBe(original.Question);
        asked.RetakeOfAnswerId.ShouldBe(answerId);
        (await Live.FindAnswerAsync("alice", asked.Id))!.RetakeOfAnswerId.ShouldBe(answerId);
    }

    [Fact]
    public async Task Given_someone_elses_answer_or_no_sign_in_When_retaken_Then_404_or_401_and_no_session_is_made()
    {
        var (sessionId, answerId) = await AskedAnswerAsync("alice");

        (await app.CreateClientAs("bob", "Candidate").PostAsync(RetakePath(sessionId, answerId), null)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await app.CreateClientAs("alice", "Candidate").PostAsync(RetakePath(sessionId, Guid.NewGuid()), null)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await app.CreateAnonymousClient().PostAsync(RetakePath(sessionId, answerId), null)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);

        (await Live.ListSessionsAsync("bob")).ShouldBeEmpty();
        (await Live.ListSessionsAsync("alice")).Count.ShouldBe(1);
        (await Live.FindAnswerAsync("bob", answerId)).ShouldBeNull();
    }

    [Fact]
    public async Task Given_the_openapi_document_When_read_Then_it_describes_the_retake_and_compare_responses()
    {
        using var document = JsonDocument.Parse(await app.CreateAnonymousClient().GetStringAsync("/api/openapi/v1.json"));

        var paths = document.RootElement.GetProperty("paths");
        paths.GetProperty("/api/sessions/{sessionId}/answers/{answerId}/retake").GetProperty("post").GetProperty("responses").TryGetProperty("201", out _).ShouldBeTrue();
        paths.GetProperty("/api/progress/compare").GetProperty("get").GetProperty("responses").TryGetProperty("200", out _).ShouldBeTrue();
        var schemas = document.RootElement.GetProperty("components").GetProperty("schemas");
        schemas.GetProperty("AttemptComparison").GetProperty("properties").TryGetProperty("changes", out _).ShouldBeTrue();
        schemas.GetProperty("QuestionAttempt").GetProperty("properties").TryGetProperty("retakeOfAnswerId", out _).ShouldBeTrue();
    }

    public void Dispose() => app.Dispose();

    private static string RetakePath(Guid sessionId, Guid answerId) => $"/api/sessions/{sessionId}/answers/{answerId}/retake";

    private async Task<(Guid SessionId, Guid AnswerId)> AskedAnswerAsync(string owner)
    {
        var sessionId = await Live.CreateSessionAsync(owner, SessionKind.Live, InterviewArrange.SetUp);
        await app.Services.GetRequiredService<OpenInterview>().OpenAsync(owner, sessionId);
        return (sessionId, await app.Services.GetRequiredService<AskQuestion>().AskAsync(owner, sessionId, 2.0));
    }
}
