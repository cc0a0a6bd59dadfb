using InterviewInsight.Modules.Shared.Configuration;
using InterviewInsight.Tests.TestInfrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace InterviewInsight.Tests.Modules.Shared.Configuration;

[Trait("Category", "Integration")]
public sealed class OptionsValidationTests
{
    [Theory]
    [InlineData("Analysis:VideoSampleFps", "0")]
    [InlineData("Jobs:InteractiveWorkers", "0")]
    [InlineData("Media:MaxUploadBytes", "0")]
    [InlineData("Media:MaxDurationSeconds", "0")]
    [InlineData("Media:MaxFrameRate", "0")]
    [InlineData("Media:MaxChunkBytes", "10")]
    [InlineData("Media:MaxLiveSessionSeconds", "7201")]
    [InlineData("Outbox:PollMilliseconds", "5")]
    [InlineData("Auth:MaxFailedAttempts", "0")]
    [InlineData("Ai:Chat:Endpoint", "not a url")]
    [InlineData("App:PublicUrl", "interviews.example.org")]
    [InlineData("Database:Provider", "Postgress")]
    [InlineData("RateLimits:ChunksPerMinute", "0")]
    [InlineData("Proxy:KnownProxies:0", "not-an-address")]
    [InlineData("Proxy:KnownNetworks:0", "10.0.0.0/99")]
    public void Given_a_bad_value_When_the_app_starts_Then_it_stops_with_a_message_naming_the_key(string key, string value)
    {
        // Arrange
        using var app = new AppFactory(settings: new Dictionary<string, string?> { [key] = value });

        // Act
        var failure = Should.Throw<Exception>(() => app.Services);

        // Assert
        failure.ToString().ShouldContain(key);
    }

    [Fact]
    public void Given_the_defaults_When_the_app_starts_Then_every_section_is_bound()
    {
        // Arrange
        using var app = new AppFactory(settings: new Dictionary<string, string?> { ["Analysis:VideoSampleFps"] = "7", ["Jobs:InteractiveWorkers"] = "3" });

        // Act
        var analysis = app.Services.GetRequiredService<IOptions<AnalysisOptions>>().Value;
        var jobs = app.Services.GetRequiredService<IOptions<JobsOptions>>().Value;

        // Assert
        analysis.VideoSampleFps.ShouldBe(7);
        analysis.AnswerTranscriptionTimeoutSeconds.ShouldBe(60);
        jobs.InteractiveWorkers.ShouldBe(3);
        app.Services.GetRequiredService<IOptions<DataOptions>>().Value.Path.ShouldBe(app.DataPath);
    }
}
