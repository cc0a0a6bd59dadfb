using System.Text.Json;
using InterviewInsight.Modules.Auth.Contracts;
using InterviewInsight.Modules.Live.Contracts;
using InterviewInsight.Tests.TestInfrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace InterviewInsight.Tests.Modules.Live.Sessions;

/// <summary>The session's accommodation flag from the set-up to what other modules (the analysis) and the API read.</summary>
[Trait("Category", "Integration")]
public sealed class AccommodationSetUpTests : IDisposable
{
    private readonly AppFactory app = new();

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Given_a_set_up_When_the_session_is_created_Then_the_api_and_the_recording_carry_its_accommodation(bool accommodation)
    {
        // Arrange
        var live = app.Services.GetRequiredService<ILiveApi>();
        var setUp = new SessionSetUp("Designer", "", Seniority.Mid, InterviewType.Behavioural, 3, null, true,
            new AnalysisConsent(true, true, false), Accommodation: accommodation);

        // Act
        var id = await live.CreateSessionAsync("alice", SessionKind.Live, setUp);

        // Assert
        (await live.GetRecordingAsync("alice", id))!.SetUp.Accommodation.ShouldBe(accommodation);
        using var body = JsonDocument.Parse(await app.CreateClientAs("alice", Roles.Candidate).GetStringAsync($"/api/sessions/{id}"));
        body.RootElement.GetProperty("setUp").GetProperty("accommodation").GetBoolean().ShouldBe(accommodation);
    }

    public void Dispose() => app.Dispose();
}
