using System.Net;
using System.Text;
using System.Text.Json;
using InterviewInsight.Tests.TestInfrastructure;

namespace InterviewInsight.Tests.Modules.Live.Upload;

/// <summary>Bad uploads get a clear error and leave nothing behind: no session, no file.</summary>
[Trait("Category", "Integration")]
public sealed class UploadRejectionTests
{
    [Theory]
    [InlineData("notes.webm", "text", 422, "could not be read as audio or video")]
    [InlineData("empty.mp4", "empty", 422, "empty")]
    [InlineData("truncated.mp4", "truncated", 422, "could not be read as audio or video")]
    [InlineData("notes.txt", "text", 415, "not a supported recording")]
    [InlineData("picture.mp4", "video-only", 422, "no audio track")]
    public async Task Given_bad_file_When_uploaded_Then_clear_error_and_nothing_stored(string fileName, string kind, int status, string message)
    {
        // Arrange
        using var app = new AppFactory();
        var client = app.CreateClientWithAntiforgery("alice", "Candidate");
        var bytes = await BytesAsync(kind);

        // Act
        using var response = await client.PostAsync(UploadRequests.Route, UploadRequests.Form(fileName, bytes));

        // Assert
        ((int)response.StatusCode).ShouldBe(status);
        (await DetailAsync(response)).ShouldContain(message);
        await AssertNothingStoredAsync(app, client);
    }

    [Fact]
    public async Task Given_file_over_the_size_limit_When_uploaded_Then_413_with_the_limit_and_nothing_stored()
    {
        using var app = new AppFactory(settings: new Dictionary<string, string?> { ["Media:MaxUploadBytes"] = "100000" });
        var client = app.CreateClientWithAntiforgery("alice", "Candidate");

        using var response = await client.PostAsync(UploadRequests.Route,
            UploadRequests.Form("jfk.wav", await File.ReadAllBytesAsync(TestAssets.TestData("audio/B_jfk.wav"))));

        response.StatusCode.ShouldBe(HttpStatusCode.RequestEntityTooLarge);
        (await DetailAsync(response)).ShouldContain("larger than the limit");
        await AssertNothingStoredAsync(app, client);
    }

    [Fact]
    public async Task Given_no_antiforgery_token_When_uploaded_Then_400_and_nothing_stored()
    {
        using var app = new AppFactory();
        var client = app.CreateClientAs("alice", "Candidate");

        using var response = await client.PostAsync(UploadRequests.Route,
            UploadRequests.Form("jfk.wav", await File.ReadAllBytesAsync(TestAssets.TestData("audio/B_jfk.wav"))));

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await DetailAsync(response)).ShouldContain("antiforgery");
        await AssertNothingStoredAsync(app, client);
    }

    [Fact]
    public async Task Given_question_after_the_end_of_the_recording_When_uploaded_Then_400_naming_the_question()
    {
        using var app = new AppFactory();
        var client = app.CreateClientWithAntiforgery("alice", "Candidate");

        using var response = await client.PostAsync(UploadRequests.Route, UploadRequests.Form("jfk.wav",
            await File.ReadAllBytesAsync(TestAssets.TestData("audio/B_jfk.wav")), """[{"question":"Where do you see yourself?","start":900}]"""));

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await DetailAsync(response)).ShouldContain("Where do you see yourself?");
        await AssertNothingStoredAsync(app, client);
    }

    [Fact]
    public async Task Given_anonymous_request_When_uploaded_Then_401()
    {
        using var app = new AppFactory();
        using var response = await app.CreateAnonymousClient().PostAsync(UploadRequests.Route,
            UploadRequests.Form("jfk.wav", await File.ReadAllBytesAsync(TestAssets.TestData("audio/B_jfk.wav"))));
        response.StatusCode.ShouldBe(HttpStatusCode.Unauthorized, await response.Content.ReadAsStringAsync());
    }

    private static async Task<byte[]> BytesAsync(string kind)
    {
        switch (kind)
        {
            case "text":
                return Encoding.UTF8.GetBytes("These are my interview notes, not a recording.\n");
            case "empty":
                return [];
            case "truncated":
                return (await File.ReadAllBytesAsync(TestAssets.TestData("video/A_lrs2_00016.mp4")))[..2048];
            default:
                var path = Path.Combine(Path.GetTempPath(), $"video-only-{Guid.NewGuid():N}.mp4");
                await Ffmpeg.RunAsync("-i", TestAssets.TestData("video/A_lrs2_00016.mp4"), "-an", "-c:v", "copy", path);
                return await File.ReadAllBytesAsync(path);
        }
    }

    private static async Task<string> DetailAsync(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        return JsonDocument.Parse(body).RootElement.GetProperty("detail").GetString() ?? "";
    }

    private static async Task AssertNothingStoredAsync(AppFactory app, HttpClient client)
    {
        var sessions = JsonDocument.Parse(await client.GetStringAsync("/api/sessions")).RootElement;
        sessions.GetArrayLength().ShouldBe(0);
        var media = Path.Combine(app.DataPath, "media", "sessions");
        (Directory.Exists(media) ? Directory.GetFileSystemEntries(media) : []).ShouldBeEmpty();
    }
}
