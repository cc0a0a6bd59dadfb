using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text.Json;
using InterviewInsight.Modules.Analysis.Contracts;
using InterviewInsight.Modules.Live.Contracts;
using InterviewInsight.Modules.Live.Interview;
using InterviewInsight.Tests.TestInfrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace InterviewInsight.Tests.Modules.Live.Recording;

/// <summary>
/// The chunk endpoint's limits (docs/architecture.md, "Media limits"): the sender, the session and its caps are checked
/// before the body is read, a refused chunk appends nothing, and media the chunk path cannot judge ends in a failed run with a reason.
/// </summary>
[Trait("Category", "Integration")]
public sealed class ChunkLimitTests
{
    private static readonly SessionSetUp SetUp = new("Backend engineer", "Payments", Seniority.Mid, InterviewType.Behavioural, 3, null, true,
        new AnalysisConsent(true, true, true));

    [Fact]
    public async Task Given_a_stranger_an_ended_session_or_an_oversized_declaration_When_a_chunk_is_sent_Then_it_is_refused_without_reading_the_body()
    {
        // Arrange: bodies that declare 5 or 20 MB, send 1 KB and then never finish, so an endpoint that read the body first would never answer
        using var app = new AppFactory(settings: new Dictionary<string, string?> { ["Media:MaxChunkBytes"] = "10000000" }, role: "web");
        var live = app.Services.GetRequiredService<ILiveApi>();
        var recording = await live.CreateSessionAsync("alice", SessionKind.Live, SetUp);
        var ended = await live.CreateSessionAsync("alice", SessionKind.Live, SetUp);
        await app.Services.GetRequiredService<EndInterview>().EndAsync("alice", ended, 0);
        var alice = app.CreateClientWithAntiforgery("alice", "Candidate");
        using var neverEnds = new CancellationTokenSource();

        try
        {
            // Act
            using var stranger = await SendStalledAsync(app.CreateClientWithAntiforgery("mallory", "Candidate"), recording, 5_000_000, neverEnds.Token);
            using var finished = await SendStalledAsync(alice, ended, 5_000_000, neverEnds.Token);
            using var tooLarge = await SendStalledAsync(alice, recording, 20_000_000, neverEnds.Token);

            // Assert
            stranger.StatusCode.ShouldBe(HttpStatusCode.NotFound);
            finished.StatusCode.ShouldBe(HttpStatusCode.Conflict);
            tooLarge.StatusCode.ShouldBe(HttpStatusCode.RequestEntityTooLarge);
            (await DetailAsync(tooLarge)).ShouldContain("the limit is 9.5 MB per chunk");
            Directory.Exists(SessionFolder(app, recording)).ShouldBeFalse();
        }
        finally
        {
            await neverEnds.CancelAsync();
        }
    }

    [Fact]
    public async Task Given_a_session_at_its_byte_or_time_cap_When_the_next_chunk_comes_Then_it_is_refused_with_the_limit_and_nothing_is_appended()
    {
        // Arrange
        using var app = new AppFactory(role: "web", settings: new Dictionary<string, string?>
        {
            ["Media:MaxLiveSessionBytes"] = "10000",
            ["Media:MaxLiveSessionSeconds"] = "60",
        });
        var sessionId = await app.Services.GetRequiredService<ILiveApi>().CreateSessionAsync("alice", SessionKind.Live, SetUp);
        var client = app.CreateClientWithAntiforgery("alice", "Candidate");
        var first = RandomBytes(6000, 1);
        (await SendAsync(client, sessionId, 0, 0, first, recordedSeconds: 30)).StatusCode.ShouldBe(HttpStatusCode.OK);

        // Act
        using var overBytes = await SendAsync(client, sessionId, 0, 1, RandomBytes(6000, 2), recordedSeconds: 40);
        using var overTime = await SendAsync(client, sessionId, 0, 1, RandomBytes(1000, 3), recordedSeconds: 61);
        using var withinBoth = await SendAsync(client, sessionId, 0, 1, RandomBytes(1000, 4), recordedSeconds: 59);

        // Assert
        overBytes.StatusCode.ShouldBe(HttpStatusCode.RequestEntityTooLarge);
        (await DetailAsync(overBytes)).ShouldContain("recording limit of 10,000 bytes (6,000 bytes stored; this chunk is 6,000 bytes)");
        ((int)overTime.StatusCode).ShouldBe(422);
        (await DetailAsync(overTime)).ShouldContain("time limit of 1 min (this chunk ends at 1 min 1 s)");
        withinBoth.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await File.ReadAllBytesAsync(Path.Combine(SessionFolder(app, sessionId), "segment-0.webm"))).Length.ShouldBe(7000);
    }

    [Fact]
    public async Task Given_the_three_hour_silence_When_its_recorder_says_so_Then_the_chunk_is_refused_at_the_session_time_cap()
    {
        // Arrange
        using var app = new AppFactory(role: "web");
        var sessionId = await app.Services.GetRequiredService<ILiveApi>().CreateSessionAsync("alice", SessionKind.Live, SetUp);
        var client = app.CreateClientWithAntiforgery("alice", "Candidate");

        // Act
        using var response = await SendAsync(client, sessionId, 0, 0, await MalformedMedia.BytesAsync("3-hours-live-no-duration"), recordedSeconds: 10800);

        // Assert
        ((int)response.StatusCode).ShouldBe(422);
        (await DetailAsync(response)).ShouldContain("time limit of 2 h 0 min (this chunk ends at 3 h 0 min)");
        Directory.Exists(SessionFolder(app, sessionId)).ShouldBeFalse();
        (await SendAsync(client, sessionId, 0, 0, [1, 2, 3], recordedSeconds: 1)).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Theory]
    [InlineData("3-hours-live-no-duration", "video/webm", "The recording is 3 h 0 min long; the limit is 2 h 0 min")]
    [InlineData("8k-video", "video/mp4", "The video is 7680×4320 pixels")]
    [InlineData("text-named-mp4", "video/mp4", "could not be read")]
    public async Task Given_media_the_chunk_path_cannot_judge_When_the_interview_ends_Then_the_run_fails_with_a_reason_and_leaves_only_the_recording(
        string name, string mimeType, string reason)
    {
        // Arrange: the recorder under-reports its time, so every chunk is taken; only the run sees what the file holds
        using var app = new AppFactory();
        var sessionId = await app.Services.GetRequiredService<ILiveApi>().CreateSessionAsync("alice", SessionKind.Live, SetUp);
        var client = app.CreateClientWithAntiforgery("alice", "Candidate");
        var bytes = await MalformedMedia.BytesAsync(name);
        (await SendAsync(client, sessionId, 0, 0, bytes, recordedSeconds: 5, mimeType: mimeType)).StatusCode.ShouldBe(HttpStatusCode.OK);

        // Act
        await app.Services.GetRequiredService<EndInterview>().EndAsync("alice", sessionId, 5);
        var run = await UploadRequests.WaitForRunAsync(client, sessionId, TimeSpan.FromMinutes(3));

        // Assert
        run.Status.ShouldBe(AnalysisRunStatus.Failed);
        run.Error!.ShouldContain(reason);
        Directory.GetFiles(SessionFolder(app, sessionId)).Select(Path.GetFileName).ShouldBe([$"segment-0{(mimeType == "video/mp4" ? ".mp4" : ".webm")}"]);
        (await client.GetAsync("/api/sessions")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    private static string SessionFolder(AppFactory app, Guid sessionId) => Path.Combine(app.DataPath, "media", "sessions", sessionId.ToString("N"));

    private static byte[] RandomBytes(int length, int seed)
    {
        var bytes = new byte[length];
        new Random(seed).NextBytes(bytes);
        return bytes;
    }

    private static async Task<string> DetailAsync(HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("detail").GetString() ?? "";

    private static async Task<HttpResponseMessage> SendAsync(
        HttpClient client, Guid sessionId, int segment, int index, byte[] bytes, double recordedSeconds, string mimeType = "video/webm")
    {
        var content = new ByteArrayContent(bytes);
        content.Headers.ContentType = MediaTypeHeaderValue.Parse(mimeType);
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/live/{sessionId}/segments/{segment}/chunks/{index}") { Content = content };
        request.Headers.Add("X-Chunk-Sha256", Convert.ToHexStringLower(SHA256.HashData(bytes)));
        request.Headers.Add("X-Recorded-Seconds", recordedSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture));
        return await client.SendAsync(request);
    }

    /// <summary>A chunk that declares <paramref name="declared"/> bytes, sends 1 KB and then waits until <paramref name="release"/>.</summary>
    private static async Task<HttpResponseMessage> SendStalledAsync(HttpClient client, Guid sessionId, long declared, CancellationToken release)
    {
        var content = new StalledContent(release);
        content.Headers.ContentType = MediaTypeHeaderValue.Parse("video/webm");
        content.Headers.ContentLength = declared;
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/live/{sessionId}/segments/0/chunks/0") { Content = content };
        request.Headers.Add("X-Chunk-Sha256", new string('a', 64));
        request.Headers.Add("X-Recorded-Seconds", "1");
        // A hang guard, not a speed check: an endpoint that waited for the body would never answer at all.
        return await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead).WaitAsync(TimeSpan.FromMinutes(2));
    }

    private sealed class StalledContent(CancellationToken release) : HttpContent
    {
        protected override async Task SerializeToStreamAsync(Stream stream, System.Net.TransportContext? context)
        {
            await stream.WriteAsync(new byte[1024], release);
            await stream.FlushAsync(release);
            await Task.Delay(Timeout.Infinite, release);
        }

        protected override bool TryComputeLength(out long length)
        {
            length = 0;
            return false;
        }
    }
}
