using System.Net;
using System.Text.Json;
using InterviewInsight.Tests.TestInfrastructure;

namespace InterviewInsight.Tests.Modules.Live.Upload;

/// <summary>
/// The malformed-media corpus through the upload path (docs/architecture.md, "Media limits"): each file gets a clear 4xx
/// as problem+json, leaves no file and no session, and the next good upload is accepted.
/// </summary>
[Trait("Category", "Integration")]
public sealed class MalformedUploadTests(MalformedUploadTests.WebApp fixture) : IClassFixture<MalformedUploadTests.WebApp>
{
    /// <summary>One web-only host for the corpus (no job servers, so the good uploads start no analysis).</summary>
    public sealed class WebApp : IDisposable
    {
        public AppFactory App { get; } = new(role: "web");

        public void Dispose() => App.Dispose();
    }

    [Theory]
    [InlineData("cut-10", 422, "damaged or cut off")]
    [InlineData("cut-50", 422, "damaged or cut off")]
    [InlineData("cut-90", 422, "damaged or cut off")]
    [InlineData("zero-bytes", 422, "The file is empty")]
    [InlineData("wrong-magic", 422, "could not be read as audio or video")]
    [InlineData("random-behind-header", 422, "damaged or cut off")]
    [InlineData("8k-video", 422, "The video is 7680×4320 pixels; the limit is 4096×2160")]
    [InlineData("1000-fps", 422, "runs at 1000 frames per second; the limit is 120")]
    [InlineData("30-audio-streams", 422, "has 30 audio and video streams; the limit is 4")]
    [InlineData("3-hours-of-silence", 422, "The recording is 3 h 0 min long; the limit is 2 h 0 min")]
    [InlineData("3-hours-live-no-duration", 422, "The recording is 3 h 0 min long; the limit is 2 h 0 min")]
    [InlineData("corrupt-webm-clusters", 422, "damaged or cut off")]
    [InlineData("text-named-mp4", 422, "could not be read as audio or video")]
    public async Task Given_malformed_media_When_uploaded_Then_a_clear_4xx_nothing_stored_and_the_next_good_upload_is_accepted(
        string name, int status, string message)
    {
        // Arrange
        var user = $"candidate-{name}";
        var client = fixture.App.CreateClientWithAntiforgery(user, "Candidate");
        var bytes = await MalformedMedia.BytesAsync(name);
        var before = MediaEntries();

        // Act
        using var response = await client.PostAsync(UploadRequests.Route, UploadRequests.Form(MalformedMedia.FileNames[name], bytes));

        // Assert: the refusal, as problem+json naming what was wrong
        var body = await response.Content.ReadAsStringAsync();
        ((int)response.StatusCode).ShouldBe(status, body);
        response.Content.Headers.ContentType?.MediaType.ShouldBe("application/problem+json");
        JsonDocument.Parse(body).RootElement.GetProperty("detail").GetString()!.ShouldContain(message);

        // Nothing on disk, no session
        MediaEntries().ShouldBe(before);
        JsonDocument.Parse(await client.GetStringAsync("/api/sessions")).RootElement.GetArrayLength().ShouldBe(0);

        // The app is still up: a good recording from the same user is taken
        using var good = await client.PostAsync(UploadRequests.Route,
            UploadRequests.Form("jfk.wav", await File.ReadAllBytesAsync(TestAssets.TestData("audio/B_jfk.wav"))));
        good.StatusCode.ShouldBe(HttpStatusCode.Created, await good.Content.ReadAsStringAsync());
    }

    /// <summary>Every file and folder under the sessions' media, so a refusal that left a partial file or an empty folder shows.</summary>
    private string[] MediaEntries()
    {
        var media = Path.Combine(fixture.App.DataPath, "media", "sessions");
        return Directory.Exists(media)
            ? [.. Directory.GetFileSystemEntries(media, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal)]
            : [];
    }
}
