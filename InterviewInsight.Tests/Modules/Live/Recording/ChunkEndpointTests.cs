using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text.Json;
using InterviewInsight.Modules.Live.Contracts;
using InterviewInsight.Tests.TestInfrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace InterviewInsight.Tests.Modules.Live.Recording;

[Trait("Category", "Integration")]
public sealed class ChunkEndpointTests
{
    private static readonly SessionSetUp SetUp = new("Backend engineer", "Payments", Seniority.Mid, InterviewType.Behavioural, 3, null, true,
        new AnalysisConsent(true, true, true));

    [Fact]
    public async Task Given_chunks_in_order_with_a_retried_duplicate_When_sent_Then_file_is_their_exact_concatenation()
    {
        // Arrange: a real webm cut into three chunks
        using var app = new AppFactory();
        var (client, sessionId) = await StartAsync(app, "alice");
        var bytes = await File.ReadAllBytesAsync(TestAssets.TestData("video/A_lrs2_00016.mp4"));
        var parts = new[] { bytes[..40_000], bytes[40_000..80_000], bytes[80_000..] };

        // Act
        (await SendAsync(client, sessionId, 0, 0, parts[0])).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await SendAsync(client, sessionId, 0, 1, parts[1])).StatusCode.ShouldBe(HttpStatusCode.OK);
        using var duplicate = await SendAsync(client, sessionId, 0, 1, parts[1]);
        (await SendAsync(client, sessionId, 0, 2, parts[2])).StatusCode.ShouldBe(HttpStatusCode.OK);

        // Assert
        duplicate.StatusCode.ShouldBe(HttpStatusCode.OK);
        JsonDocument.Parse(await duplicate.Content.ReadAsStringAsync()).RootElement.GetProperty("duplicate").GetBoolean().ShouldBeTrue();
        var stored = await File.ReadAllBytesAsync(Path.Combine(app.DataPath, "media", "sessions", sessionId.ToString("N"), "segment-0.mp4"));
        stored.ShouldBe(bytes);
        var recording = await app.Services.GetRequiredService<ILiveApi>().GetRecordingAsync("alice", sessionId);
        recording!.Segments.Single().Bytes.ShouldBe(bytes.Length);
    }

    [Fact]
    public async Task Given_bad_requests_When_sent_Then_each_is_refused_with_a_reason_and_nothing_is_appended()
    {
        // Arrange
        using var app = new AppFactory();
        var (client, sessionId) = await StartAsync(app, "alice");
        var chunk = new byte[] { 1, 2, 3, 4, 5 };
        (await SendAsync(client, sessionId, 0, 0, chunk)).StatusCode.ShouldBe(HttpStatusCode.OK);

        // Act + Assert: a gap, a wrong checksum, changed content under a stored index, a second segment out of order
        (await SendAsync(client, sessionId, 0, 2, chunk)).StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await SendAsync(client, sessionId, 0, 1, chunk, checksum: new string('0', 64))).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await SendAsync(client, sessionId, 0, 0, [9, 9, 9])).StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await SendAsync(client, sessionId, 2, 0, chunk)).StatusCode.ShouldBe(HttpStatusCode.Conflict);

        // Without the antiforgery header, and as another user
        (await SendAsync(app.CreateClientAs("alice", "Candidate"), sessionId, 0, 1, chunk)).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await SendAsync(app.CreateClientWithAntiforgery("mallory", "Candidate"), sessionId, 0, 1, chunk)).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        var stored = await File.ReadAllBytesAsync(Path.Combine(app.DataPath, "media", "sessions", sessionId.ToString("N"), "segment-0.webm"));
        stored.ShouldBe(chunk);
    }

    [Fact]
    public async Task Given_a_resumed_interview_When_a_second_segment_starts_Then_it_is_placed_after_the_first_on_the_session_clock()
    {
        using var app = new AppFactory();
        var (client, sessionId) = await StartAsync(app, "alice");

        (await SendAsync(client, sessionId, 0, 0, [1, 2, 3], recordedSeconds: 12.5)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await SendAsync(client, sessionId, 1, 0, [4, 5, 6], recordedSeconds: 3)).StatusCode.ShouldBe(HttpStatusCode.OK);

        var recording = await app.Services.GetRequiredService<ILiveApi>().GetRecordingAsync("alice", sessionId);
        recording!.Segments.Select(s => s.OffsetSeconds).ShouldBe([0, 12.5]);
    }

    private static async Task<(HttpClient Client, Guid SessionId)> StartAsync(AppFactory app, string user)
    {
        var sessionId = await app.Services.GetRequiredService<ILiveApi>().CreateSessionAsync(user, SessionKind.Live, SetUp);
        return (app.CreateClientWithAntiforgery(user, "Candidate"), sessionId);
    }

    private static async Task<HttpResponseMessage> SendAsync(
        HttpClient client, Guid sessionId, int segment, int index, byte[] bytes, string? checksum = null, double recordedSeconds = 1)
    {
        var content = new ByteArrayContent(bytes);
        content.Headers.ContentType = MediaTypeHeaderValue.Parse(bytes.Length > 1000 ? "video/mp4" : "video/webm;codecs=\"vp8,opus\"");
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/live/{sessionId}/segments/{segment}/chunks/{index}") { Content = content };
        request.Headers.Add("X-Chunk-Sha256", checksum ?? Convert.ToHexStringLower(SHA256.HashData(bytes)));
        request.Headers.Add("X-Recorded-Seconds", recordedSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture));
        return await client.SendAsync(request);
    }
}
