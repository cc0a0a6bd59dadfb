using System.Text.Json;
using InterviewInsight.Modules.Analysis.Contracts;
using InterviewInsight.Modules.Auth.Contracts;
using InterviewInsight.Modules.Live.Contracts;
using InterviewInsight.Tests.TestInfrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace InterviewInsight.Tests.Modules.Live.Upload;

/// <summary>What <c>POST /api/sessions/uploads</c> makes of the consent and accommodation fields, and of their absence.</summary>
[Trait("Category", "Integration")]
public sealed class UploadSettingsTests : IDisposable
{
    private readonly AppFactory app = new();

    [Theory]
    [InlineData("true", false, true)]
    [InlineData("on", false, true)]
    [InlineData("false", true, false)]
    [InlineData(null, true, true)]
    [InlineData(null, false, false)]
    public async Task Given_an_accommodation_field_or_none_When_uploaded_Then_the_session_has_it_or_the_account_default(
        string? field, bool accountDefault, bool expected)
    {
        // Arrange
        var id = await TestAccounts.RegisterAsync(app, "candidate@example.com");
        var client = app.CreateClientWithAntiforgery(id, Roles.Candidate);
        await TestAccounts.SetPreferencesAsync(client, null, accountDefault);
        var fields = field is null ? null : new Dictionary<string, string> { ["accommodation"] = field };

        // Act
        var sessionId = await UploadRequests.UploadAsync(client, "jfk.wav", await File.ReadAllBytesAsync(TestAssets.TestData("audio/B_jfk.wav")), fields: fields);

        // Assert
        (await SetUpAsync(client, sessionId)).GetProperty("accommodation").GetBoolean().ShouldBe(expected);
    }

    [Fact]
    public async Task Given_a_video_with_no_consent_fields_When_uploaded_Then_video_and_expressions_are_not_consented_and_not_analysed()
    {
        // Arrange
        var client = app.CreateClientWithAntiforgery("alice", Roles.Candidate);
        var bytes = await File.ReadAllBytesAsync(TestAssets.TestData("video/A_lrs2_00016.mp4"));

        // Act
        var sessionId = await UploadRequests.UploadAsync(client, "clip.mp4", bytes, consent: false);
        var run = await UploadRequests.WaitForRunAsync(client, sessionId, TimeSpan.FromMinutes(3));

        // Assert: consent is never assumed
        var consent = (await SetUpAsync(client, sessionId)).GetProperty("consent");
        consent.GetProperty("audio").GetBoolean().ShouldBeTrue();
        consent.GetProperty("video").GetBoolean().ShouldBeFalse();
        consent.GetProperty("expressions").GetBoolean().ShouldBeFalse();
        (await app.Services.GetRequiredService<ILiveApi>().GetRecordingAsync("alice", sessionId))!.SetUp.CameraOn.ShouldBeTrue();
        run.Status.ShouldBe(AnalysisRunStatus.Succeeded, run.Error);
        using var result = JsonDocument.Parse(await client.GetStringAsync($"/api/sessions/{sessionId}/analysis/result"));
        var root = result.RootElement;
        root.GetProperty("vision").ValueKind.ShouldBe(JsonValueKind.Null);
        root.GetProperty("scores").GetProperty("presence").ValueKind.ShouldBe(JsonValueKind.Null);
        root.GetProperty("quality").EnumerateArray().ShouldContain(q => q.GetProperty("code").GetString() == "not-consented" && q.GetProperty("modality").GetString() == "video");
        root.GetProperty("provenance").GetProperty("settings").GetProperty("expressions").GetString().ShouldBe("false");
    }

    private static async Task<JsonElement> SetUpAsync(HttpClient client, Guid sessionId)
    {
        using var body = JsonDocument.Parse(await client.GetStringAsync($"/api/sessions/{sessionId}"));
        return body.RootElement.GetProperty("setUp").Clone();
    }

    public void Dispose() => app.Dispose();
}
