using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using InterviewInsight.Modules.Analysis.Contracts;
using InterviewInsight.Tests.TestInfrastructure;

namespace InterviewInsight.Tests.Modules.Coaching;

/// <summary>An owner with a real account uploads a real clip once; each test shares it with its own reviewer.</summary>
public sealed class SharedSession : IAsyncLifetime
{
    public const string Collection = "one shared analysed session";

    public AppFactory App { get; } = new();

    public HttpClient Owner { get; private set; } = null!;

    public string OwnerId { get; private set; } = "";

    public Guid Id { get; private set; }

    public async Task<(string Id, HttpClient Client)> AccountAsync(string email, string role)
    {
        var id = await TestAccounts.RegisterAsync(App, email);
        return (id, App.CreateClientWithAntiforgery(id, role));
    }

    public async Task<(Guid Id, string? InvitationUrl)> ShareAsync(Guid sessionId, string email)
    {
        using var response = await Owner.PostAsJsonAsync($"/api/sessions/{sessionId}/shares", new { email });
        var text = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(HttpStatusCode.Created, text);
        using var json = JsonDocument.Parse(text);
        var url = json.RootElement.TryGetProperty("invitationUrl", out var u) && u.ValueKind == JsonValueKind.String ? u.GetString() : null;
        return (json.RootElement.GetProperty("id").GetGuid(), url);
    }

    public async Task InitializeAsync()
    {
        OwnerId = await TestAccounts.RegisterAsync(App, "owner@example.org");
        Owner = App.CreateClientWithAntiforgery(OwnerId, "Candidate");
        var bytes = await File.ReadAllBytesAsync(TestAssets.TestData("video/A_lrs2_00016.mp4"));
        Id = await UploadRequests.UploadAsync(Owner, "practice.mp4", bytes, """[{"question":"Tell me about yourself","start":0}]""");
        var run = await UploadRequests.WaitForRunAsync(Owner, Id, TimeSpan.FromMinutes(5));
        run.Status.ShouldBe(AnalysisRunStatus.Succeeded, run.Error);
    }

    public async Task DisposeAsync()
    {
        await App.DisposeAsync();
        Directory.Delete(App.DataPath, recursive: true);
    }
}

/// <summary>The access and review tests share one upload and its analysis.</summary>
[CollectionDefinition(SharedSession.Collection)]
public sealed class SharedSessionCollection : ICollectionFixture<SharedSession>;
