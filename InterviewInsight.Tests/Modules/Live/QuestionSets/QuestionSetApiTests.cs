using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using InterviewInsight.Modules.Auth.Contracts;
using InterviewInsight.Modules.Live.Contracts;
using InterviewInsight.Modules.Live.Interview;
using InterviewInsight.Tests.TestInfrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace InterviewInsight.Tests.Modules.Live.QuestionSets;

/// <summary><c>/api/question-sets</c>: the owner writes and reads, anyone else gets 404, anonymous 401, bad drafts 400.</summary>
[Trait("Category", "Integration")]
public sealed class QuestionSetApiTests : IDisposable
{
    private const string Hostile = "<script>alert('x')</script> Tell me about a conflict.";
    private readonly AppFactory app = new();

    private static object Draft(string name = "Acme posting", string first = "Why do you want to work at Acme?") => new
    {
        name,
        questions = new object[]
        {
            new { text = first, kind = "Behavioural" },
            new { text = Hostile, kind = "Technical", bankQuestionId = (string?)null },
        },
    };

    private async Task<Guid> CreateAsync(HttpClient client, object draft)
    {
        using var response = await client.PostAsJsonAsync("/api/question-sets", draft, ApiJson.Options);
        var text = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(HttpStatusCode.Created, text);
        return JsonDocument.Parse(text).RootElement.GetProperty("id").GetGuid();
    }

    [Fact]
    public async Task Given_an_owner_When_they_create_update_list_and_delete_a_set_Then_each_step_answers_and_text_is_kept_as_typed()
    {
        // Arrange
        var alice = app.CreateClientWithAntiforgery("alice", Roles.Candidate);

        // Act
        var id = await CreateAsync(alice, Draft());
        using var updated = await alice.PutAsJsonAsync($"/api/question-sets/{id}", Draft("Acme, round two"), ApiJson.Options);
        var set = await alice.GetFromJsonAsync<JsonElement>($"/api/question-sets/{id}", ApiJson.Options);
        var list = await alice.GetFromJsonAsync<JsonElement>("/api/question-sets", ApiJson.Options);
        using var deleted = await alice.DeleteAsync($"/api/question-sets/{id}");

        // Assert
        updated.StatusCode.ShouldBe(HttpStatusCode.NoContent);
        set.GetProperty("name").GetString().ShouldBe("Acme, round two");
        set.GetProperty("questions")[1].GetProperty("text").GetString().ShouldBe(Hostile);
        set.GetProperty("questions")[1].GetProperty("kind").GetString().ShouldBe("Technical");
        var entry = list.EnumerateArray().ShouldHaveSingleItem();
        entry.GetProperty("isMine").GetBoolean().ShouldBeTrue();
        entry.GetProperty("questionCount").GetInt32().ShouldBe(2);
        deleted.StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await alice.GetAsync($"/api/question-sets/{id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Given_another_users_set_When_read_changed_or_deleted_Then_404_and_it_stays()
    {
        // Arrange
        var alice = app.CreateClientWithAntiforgery("alice", Roles.Candidate);
        var bob = app.CreateClientWithAntiforgery("bob", Roles.Coach);
        var id = await CreateAsync(alice, Draft());

        // Act + Assert
        (await bob.GetAsync($"/api/question-sets/{id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await bob.PutAsJsonAsync($"/api/question-sets/{id}", Draft("Bob's now"), ApiJson.Options)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await bob.DeleteAsync($"/api/question-sets/{id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await bob.GetFromJsonAsync<JsonElement>("/api/question-sets", ApiJson.Options)).GetArrayLength().ShouldBe(0);
        (await alice.GetFromJsonAsync<JsonElement>($"/api/question-sets/{id}", ApiJson.Options)).GetProperty("name").GetString().ShouldBe("Acme posting");
    }

    [Fact]
    public async Task Given_no_sign_in_When_the_api_is_called_Then_401()
    {
        var anonymous = app.CreateAnonymousClient();

        (await anonymous.GetAsync("/api/question-sets")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await anonymous.GetAsync($"/api/question-sets/{Guid.NewGuid()}")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await anonymous.PostAsJsonAsync($"/api/coach/question-sets/{Guid.NewGuid()}/assignments", new { candidateId = "x" })).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Theory]
    [InlineData("", "Why do you want to work at Acme?")]
    [InlineData("Fine name", "Why?")]
    public async Task Given_a_bad_draft_When_created_Then_400_with_the_reason(string name, string first)
    {
        var alice = app.CreateClientWithAntiforgery("alice", Roles.Candidate);

        using var response = await alice.PostAsJsonAsync("/api/question-sets", Draft(name, first), ApiJson.Options);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.Content.ReadAsStringAsync()).ShouldContain(name.Length == 0 ? "name" : "Question 1");
        (await alice.PostAsJsonAsync("/api/question-sets", new { name = "Empty", questions = Array.Empty<object>() }, ApiJson.Options))
            .StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Given_a_set_chosen_at_set_up_When_the_interview_opens_Then_its_first_typed_question_is_asked_without_a_bank_id()
    {
        // Arrange
        var live = app.Services.GetRequiredService<ILiveApi>();
        var set = await live.CreateQuestionSetAsync("alice", new QuestionSetDraft("Acme", [new("Why do you want to work at Acme?", SetQuestionKind.Behavioural)]));
        var setUp = new SessionSetUp("Backend engineer", "", Seniority.Mid, InterviewType.Technical, 1, null, false,
            new AnalysisConsent(true, false, false), QuestionSetId: set.Id);

        // Act
        var sessionId = await live.CreateSessionAsync("alice", SessionKind.Live, setUp);
        var state = await app.Services.GetRequiredService<OpenInterview>().OpenAsync("alice", sessionId);
        var answerId = await app.Services.GetRequiredService<AskQuestion>().AskAsync("alice", sessionId, 0);

        // Assert
        state.PlannedTotal.ShouldBe(1);
        state.Next!.Text.ShouldBe("Why do you want to work at Acme?");
        state.Next.QuestionId.ShouldBeNull();
        (await live.FindAnswerAsync("alice", answerId))!.QuestionId.ShouldBeNull();
    }

    [Fact]
    public async Task Given_a_set_neither_mine_nor_assigned_When_a_session_is_set_up_from_it_Then_it_is_refused_with_a_clear_error()
    {
        // Arrange
        var live = app.Services.GetRequiredService<ILiveApi>();
        var bobs = await live.CreateQuestionSetAsync("bob", new QuestionSetDraft("Bob's", [new("Why do you want to work at Acme?", SetQuestionKind.Behavioural)]));
        var setUp = new SessionSetUp("Backend engineer", "", Seniority.Mid, InterviewType.Behavioural, 1, null, false,
            new AnalysisConsent(true, false, false), QuestionSetId: bobs.Id);

        // Act
        var refused = await Should.ThrowAsync<ArgumentException>(() => live.CreateSessionAsync("alice", SessionKind.Live, setUp));

        // Assert
        refused.Message.ShouldContain("neither yours nor assigned to you");
        (await live.ListSessionsAsync("alice")).ShouldBeEmpty();
    }

    public void Dispose() => app.Dispose();
}
