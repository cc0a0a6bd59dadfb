using System.Text.Json;
using InterviewInsight.Tests.TestInfrastructure;
using InterviewInsight.Modules.Live.Interview.Speech;
using InterviewInsight.Modules.Shared.Media;
using InterviewInsight.Modules.Shared.Ai;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Logging.Abstractions;

namespace InterviewInsight.Tests.Modules.Live.Interview;

public sealed class InterviewerSpeechTests
{
    [Fact]
    public async Task Given_openai_compatible_endpoint_When_speaking_Then_the_speech_protocol_is_used_and_its_audio_returned()
    {
        // Arrange: a loopback server speaking POST /v1/audio/speech
        byte[] mp3 = [0x49, 0x44, 0x33, 1, 2, 3];
        await using var server = await LoopbackHttpServer<ReceivedJsonRequest>.StartAsync(async (context, _) =>
        {
            context.Response.ContentType = "audio/mpeg";
            await context.Response.Body.WriteAsync(mp3);
        });
        var config = Config(("Ai:Tts:Endpoint", server.BaseUrl), ("Ai:Tts:ApiKey", "secret"), ("Ai:Tts:Model", "tts-test"), ("Ai:Tts:Voice", "nova"));
        var synthesizer = new OpenAiCompatibleSpeechSynthesizer(new HttpClient(), config);

        // Act
        var speech = await synthesizer.SynthesizeAsync("Tell me about a time you led a team.", 1.2, CancellationToken.None);

        // Assert
        speech.Audio.ShouldBe(mp3);
        speech.ContentType.ShouldBe("audio/mpeg");
        var request = server.Received.Single();
        request.PathAndQuery.ShouldBe("/v1/audio/speech");
        request.Authorization.ShouldBe("Bearer secret");
        request.ApiKey.ShouldBeNull();
        using var body = JsonDocument.Parse(request.Body);
        body.RootElement.GetProperty("model").GetString().ShouldBe("tts-test");
        body.RootElement.GetProperty("voice").GetString().ShouldBe("nova");
        body.RootElement.GetProperty("input").GetString().ShouldBe("Tell me about a time you led a team.");
    }

    [Fact]
    public async Task Given_failing_endpoint_When_speaking_Then_espeak_ng_answers_with_real_audio()
    {
        // Arrange: the endpoint fails; espeak-ng (Debian package) is the fallback
        await using var server = await LoopbackHttpServer<ReceivedJsonRequest>.StartAsync((context, _) => LoopbackResponses.Json(context, """{"error":"overloaded"}""", 503));
        var config = Config(("Ai:Tts:Endpoint", server.BaseUrl));
        var speech = new InterviewerSpeech(new OpenAiCompatibleSpeechSynthesizer(new HttpClient(), config), new EspeakSpeechSynthesizer(), NullLogger<InterviewerSpeech>.Instance);

        // Act
        var audio = await speech.SpeakAsync("What did you learn from it?", 1.0, CancellationToken.None);

        // Assert: a WAV that ffprobe reads as about a second or more of audio
        audio.ShouldNotBeNull();
        audio.ContentType.ShouldBe("audio/wav");
        var file = Path.Combine(Path.GetTempPath(), $"tts-{Guid.NewGuid():N}.wav");
        await File.WriteAllBytesAsync(file, audio.Audio);
        var info = await MediaProbe.ProbeAsync(file, CancellationToken.None);
        info.HasAudio.ShouldBeTrue();
        info.DurationSeconds!.Value.ShouldBeGreaterThan(0.8);
    }

    private static IOptions<AiOptions> Config(params (string Key, string Value)[] values) =>
        Options.Create(AiOptions.From(new ConfigurationBuilder().AddInMemoryCollection(values.Select(v => new KeyValuePair<string, string?>(v.Key, v.Value))).Build()));
}
