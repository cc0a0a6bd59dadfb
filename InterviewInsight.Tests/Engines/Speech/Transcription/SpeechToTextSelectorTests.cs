using InterviewInsight.Modules.Engines.Speech.Transcription;

namespace InterviewInsight.Tests.Engines.Speech.Transcription;

/// <summary>Selection over real engines in real availability states (missing model folder, empty configuration).</summary>
public sealed class SpeechToTextSelectorTests : IDisposable
{
    private readonly HttpClient http = new();
    private readonly string missingWhisperFolder = Path.Combine(Path.GetTempPath(), "no-such-models-" + Guid.NewGuid().ToString("N"), "speech", "whisper-tiny.en");

    public void Dispose() => this.http.Dispose();

    private OpenAiCompatibleSpeechToText OpenAi(string endpoint, string model = "whisper-1") =>
        new(new AiEndpointOptions(endpoint, "k", model), this.http);

    [Fact]
    public void Given_configured_endpoint_first_When_selecting_Then_it_wins_and_later_engines_are_listed_with_reasons()
    {
        // Arrange
        var openAi = OpenAi("https://api.openai.com");
        var whisper = new WhisperOnnxSpeechToText(missingWhisperFolder);
        var localServer = OpenAi("http://127.0.0.1:8000/v1", "large-v3");

        // Act
        var selection = SpeechToTextSelector.Select([openAi, whisper, localServer]);

        // Assert
        selection.Selected.ShouldBeSameAs(openAi);
        selection.Skipped.Select(s => s.Engine).ShouldBe(["whisper-tiny.en (onnx)", "openai-compatible (large-v3)"]);
        selection.Skipped[0].Reason.ShouldContain(missingWhisperFolder);
        selection.Skipped[1].Reason.ShouldBe("Available, but openai-compatible (whisper-1) is preferred.");
    }

    [Fact]
    public void Given_unconfigured_endpoint_and_missing_whisper_When_selecting_Then_the_next_available_engine_is_chosen()
    {
        // Arrange
        var unconfigured = OpenAi(string.Empty);
        var whisper = new WhisperOnnxSpeechToText(missingWhisperFolder);
        var fallback = OpenAi("http://127.0.0.1:9000", "local");

        // Act
        var selection = SpeechToTextSelector.Select([unconfigured, whisper, fallback]);

        // Assert
        selection.Selected.ShouldBeSameAs(fallback);
        selection.Skipped.Count.ShouldBe(2);
        selection.Skipped[0].Reason.ShouldContain("Ai:Transcription:Endpoint");
        selection.Skipped[1].Reason.ShouldContain("encoder_model_quantized.onnx");
        selection.SelectedOrThrow().ShouldBeSameAs(fallback);
    }

    [Fact]
    public void Given_no_available_engine_When_selecting_Then_nothing_is_selected_and_the_error_lists_every_reason()
    {
        // Arrange
        var engines = new ISpeechToText[] { OpenAi(string.Empty), new WhisperOnnxSpeechToText(missingWhisperFolder) };

        // Act
        var selection = SpeechToTextSelector.Select(engines);

        // Assert
        selection.Selected.ShouldBeNull();
        var error = Should.Throw<InvalidOperationException>(selection.SelectedOrThrow);
        error.Message.ShouldContain("Ai:Transcription:Endpoint");
        error.Message.ShouldContain("whisper-tiny.en (onnx):");
    }

    [Fact]
    public void Given_empty_engine_list_When_selecting_Then_nothing_is_selected()
    {
        // Act
        var selection = SpeechToTextSelector.Select([]);

        // Assert
        selection.Selected.ShouldBeNull();
        selection.Skipped.ShouldBeEmpty();
    }
}
