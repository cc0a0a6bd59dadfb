using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text.Json;
using InterviewInsight.Modules.Analysis.Contracts;
using InterviewInsight.Modules.Live.Contracts;
using InterviewInsight.Modules.Live.Interview;
using InterviewInsight.Tests.TestInfrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace InterviewInsight.Tests.Modules.Progress;

/// <summary>
/// Attempts and compare over REST on a real retake chain: an uploaded answer (a typed question, no bank id) and its
/// retake, a live one-question interview recorded from the same clip; both analysed with the real models.
/// </summary>
[Trait("Category", "Integration")]
public sealed class RetakeAttemptsTests : IClassFixture<RetakeAttemptsTests.UploadAndRetake>
{
    private readonly UploadAndRetake chain;

    public RetakeAttemptsTests(UploadAndRetake chain) => this.chain = chain;

    [Fact]
    public async Task Given_an_uploaded_answer_and_its_retake_When_attempts_are_read_by_either_answer_id_Then_both_in_order_linked()
    {
        foreach (var asked in new[] { chain.UploadAnswer, chain.RetakeAnswer })
        {
            // Act
            using var report = JsonDocument.Parse(await chain.Alice.GetStringAsync($"/api/progress/questions/{asked}"));

            // Assert
            report.RootElement.GetProperty("question").GetString().ShouldBe("Tell me about yourself");
            var attempts = report.RootElement.GetProperty("attempts").EnumerateArray().ToList();
            attempts.Select(a => a.GetProperty("answerId").GetGuid()).ShouldBe([chain.UploadAnswer, chain.RetakeAnswer]);
            attempts.Select(a => a.GetProperty("sessionId").GetGuid()).ShouldBe([chain.UploadSession, chain.RetakeSession]);
            attempts[0].GetProperty("retakeOfAnswerId").ValueKind.ShouldBe(JsonValueKind.Null);
            attempts[1].GetProperty("retakeOfAnswerId").GetGuid().ShouldBe(chain.UploadAnswer);
            foreach (var attempt in attempts)
            {
                attempt.GetProperty("end").GetDouble().ShouldBeGreaterThan(attempt.GetProperty("start").GetDouble());
                attempt.GetProperty("wordCount").GetInt32().ShouldBeGreaterThan(0);
                attempt.GetProperty("longestPauseSeconds").GetDouble().ShouldBeGreaterThanOrEqualTo(0);
            }
        }

        (await chain.App.CreateClientAs("bob", "Candidate").GetAsync($"/api/progress/questions/{chain.UploadAnswer}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Given_the_two_attempts_When_compared_Then_both_with_transcripts_and_replays_and_what_changed()
    {
        // Act
        var path = $"/api/progress/compare?a={chain.UploadAnswer}&b={chain.RetakeAnswer}";
        using var response = await chain.Alice.GetAsync(path);

        // Assert
        var body = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(HttpStatusCode.OK, body);
        using var json = JsonDocument.Parse(body);
        var a = json.RootElement.GetProperty("a");
        var b = json.RootElement.GetProperty("b");
        a.GetProperty("attempt").GetProperty("answerId").GetGuid().ShouldBe(chain.UploadAnswer);
        b.GetProperty("attempt").GetProperty("retakeOfAnswerId").GetGuid().ShouldBe(chain.UploadAnswer);
        a.GetProperty("mediaUrl").GetString()!.ShouldStartWith($"/api/sessions/{chain.UploadSession}/media#t=");
        b.GetProperty("mediaUrl").GetString()!.ShouldStartWith($"/api/sessions/{chain.RetakeSession}/media#t=");
        a.GetProperty("transcript").GetString().ShouldNotBeNullOrWhiteSpace();
        b.GetProperty("transcript").GetString().ShouldNotBeNullOrWhiteSpace();
        var changes = json.RootElement.GetProperty("changes").EnumerateArray().ToList();
        changes.Select(c => c.GetProperty("measure").GetString()).ShouldContain("wordsPerMinute");
        changes.ShouldAllBe(c => c.GetProperty("text").GetString()!.Contains('→'));
    }

    [Fact]
    public async Task Given_another_candidate_or_no_sign_in_When_compared_Then_404_or_401()
    {
        var path = $"/api/progress/compare?a={chain.UploadAnswer}&b={chain.RetakeAnswer}";

        (await chain.App.CreateClientAs("bob", "Candidate").GetAsync(path)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await chain.App.CreateAnonymousClient().GetAsync(path)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await chain.Alice.GetAsync($"/api/progress/compare?a={chain.UploadAnswer}&b={Guid.NewGuid()}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    /// <summary>Alice uploads a clip with one typed question, retakes it, and answers the retake with the same clip recorded live.</summary>
    public sealed class UploadAndRetake : IAsyncLifetime
    {
        public AppFactory App { get; } = new();

        public HttpClient Alice { get; private set; } = null!;

        public Guid UploadSession { get; private set; }

        public Guid UploadAnswer { get; private set; }

        public Guid RetakeSession { get; private set; }

        public Guid RetakeAnswer { get; private set; }

        public async Task InitializeAsync()
        {
            Alice = App.CreateClientWithAntiforgery("alice", "Candidate");
            var bytes = await File.ReadAllBytesAsync(TestAssets.TestData("video/A_lrs2_00016.mp4"));
            UploadSession = await UploadRequests.UploadAsync(Alice, "practice.mp4", bytes, """[{"question":"Tell me about yourself","start":0}]""");
            (await UploadRequests.WaitForRunAsync(Alice, UploadSession, TimeSpan.FromMinutes(5))).Status.ShouldBe(AnalysisRunStatus.Succeeded);
            var live = App.Services.GetRequiredService<ILiveApi>();
            UploadAnswer = (await live.GetRecordingAsync("alice", UploadSession))!.Answers.Single().Id;

            using var started = await Alice.PostAsync($"/api/sessions/{UploadSession}/answers/{UploadAnswer}/retake", null);
            started.StatusCode.ShouldBe(HttpStatusCode.Created, await started.Content.ReadAsStringAsync());
            RetakeSession = JsonDocument.Parse(await started.Content.ReadAsStringAsync()).RootElement.GetProperty("sessionId").GetGuid();

            // The retake interview: the question is asked at once and the whole clip is its answer.
            await App.Services.GetRequiredService<OpenInterview>().OpenAsync("alice", RetakeSession);
            RetakeAnswer = await App.Services.GetRequiredService<AskQuestion>().AskAsync("alice", RetakeSession, 0);
            using (var chunk = await SendChunkAsync(bytes, 11.3))
            {
                chunk.StatusCode.ShouldBe(HttpStatusCode.OK, await chunk.Content.ReadAsStringAsync());
            }

            (await App.Services.GetRequiredService<EndAnswer>().EndAsync("alice", RetakeSession, RetakeAnswer, 11.0, skipped: false)).ShouldBeNull();
            await App.Services.GetRequiredService<EndInterview>().EndAsync("alice", RetakeSession, 11.3);
            var run = await UploadRequests.WaitForRunAsync(Alice, RetakeSession, TimeSpan.FromMinutes(5));
            run.Status.ShouldBe(AnalysisRunStatus.Succeeded, run.Error);
        }

        public async Task DisposeAsync()
        {
            await App.DisposeAsync();
            Directory.Delete(App.DataPath, recursive: true);
        }

        private async Task<HttpResponseMessage> SendChunkAsync(byte[] bytes, double recordedSeconds)
        {
            var content = new ByteArrayContent(bytes);
            content.Headers.ContentType = MediaTypeHeaderValue.Parse("video/mp4");
            using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/live/{RetakeSession}/segments/0/chunks/0") { Content = content };
            request.Headers.Add("X-Chunk-Sha256", Convert.ToHexStringLower(SHA256.HashData(bytes)));
            request.Headers.Add("X-Recorded-Seconds", recordedSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture));
            return await Alice.SendAsync(request);
        }
    }
}
