using InterviewInsight.Modules.Engines.Speech.Transcription;
using InterviewInsight.Tests.Engines.Speech.Words;

namespace InterviewInsight.Tests.Engines.Content;

/// <summary>Hand-written interview answers (punctuated like Whisper output), timed by <see cref="TranscriptBuilder"/>.</summary>
internal static class SampleAnswers
{
    public const string Question = "Tell me about a time you improved a slow process at work.";

    public const string Star =
        "Last year our team was missing release deadlines because the test suite took two hours. " +
        "My task was to cut the build time before the next quarter. " +
        "I profiled the pipeline and moved the slow integration tests into parallel Docker containers. " +
        "I also wrote a short guide so the other developers could run them locally. " +
        "As a result we reduced the build time from two hours to 25 minutes and shipped every release on time.";

    public const string OffTopic =
        "My favourite food is pizza. I usually eat it on Fridays with my family. We like to try new toppings every week.";

    public const string Vague =
        "I think I am a hard worker. I always try my best and I like helping people. People say I am easy to work with.";

    public static IReadOnlyList<TranscriptWord> Words(string text, double start = 0) => TranscriptBuilder.Words(text, start);
}
