using System.IO.Compression;
using System.Text.Json;
using InterviewInsight.Modules.Auth.Contracts;
using InterviewInsight.Modules.Live.Contracts;
using InterviewInsight.Modules.Live.QuestionSets;
using InterviewInsight.Tests.TestInfrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace InterviewInsight.Tests.Modules.Live.QuestionSets;

/// <summary>A set in the owner's export, and gone with its assignments when its owner's account is deleted.</summary>
[Trait("Category", "Integration")]
public sealed class QuestionSetLifecycleTests : IDisposable
{
    private readonly AppFactory app = new();

    private ILiveApi Live => app.Services.GetRequiredService<ILiveApi>();

    private Task<QuestionSetWrite> CreateAsync(string owner, string name) =>
        Live.CreateQuestionSetAsync(owner, new QuestionSetDraft(name, [new("Why do you want to work at Acme?", SetQuestionKind.Behavioural)]));

    [Fact]
    public async Task Given_sets_When_the_owner_exports_Then_question_sets_json_holds_their_questions()
    {
        // Arrange
        await CreateAsync("alice", "Acme posting");

        // Act
        await using var zip = new ZipArchive(await app.CreateClientAs("alice", Roles.Candidate).GetStreamAsync("/api/me/export"));

        // Assert
        await using var stream = await zip.GetEntry("question-sets.json")!.OpenAsync();
        using var json = await JsonDocument.ParseAsync(stream);
        var set = json.RootElement.EnumerateArray().ShouldHaveSingleItem();
        set.GetProperty("name").GetString().ShouldBe("Acme posting");
        set.GetProperty("questions")[0].GetProperty("text").GetString().ShouldBe("Why do you want to work at Acme?");
    }

    [Fact]
    public async Task Given_a_coach_who_assigned_a_set_When_the_coachs_account_is_deleted_Then_the_set_and_the_assignment_are_gone()
    {
        // Arrange
        var coachs = await CreateAsync("coach", "Coach's set");
        var alices = await CreateAsync("alice", "Alice's own");
        (await Live.AssignQuestionSetAsync("coach", coachs.Id!.Value, "alice")).ShouldBeTrue();
        (await Live.ListQuestionSetsAsync("alice")).Count.ShouldBe(2);

        // Act
        await new DeleteQuestionSetsOnUserDeleted(app.Services.GetRequiredService<QuestionSetStore>()).HandleAsync(new UserDeleted("coach", DateTime.UtcNow), CancellationToken.None);

        // Assert
        (await Live.ListQuestionSetsAsync("coach")).ShouldBeEmpty();
        (await Live.GetQuestionSetAsync("alice", coachs.Id.Value)).ShouldBeNull();
        (await Live.ListQuestionSetsAsync("alice")).ShouldHaveSingleItem().Id.ShouldBe(alices.Id!.Value);
    }

    public void Dispose() => app.Dispose();
}
