using System.Diagnostics;
using InterviewInsight.Modules.Engines.Speech.Audio;
using InterviewInsight.Tests.TestInfrastructure;

namespace InterviewInsight.Tests.Engines.Speech;

/// <summary>Real test audio, and ffmpeg-made variants of it in a temporary folder.</summary>
internal static class SpeechTestAudio
{
    public static string Path(string name) => TestAssets.TestData($"audio/{name}.wav");

    public static float[] Load(string name) => WavReader.Read(Path(name));

    public static string VadModel => TestAssets.Model("speech/silero_vad_v6.onnx");

    /// <summary>Runs ffmpeg with the given arguments writing to a new temp file; fails loudly when ffmpeg is missing.</summary>
    public static string Ffmpeg(string arguments, string extension = "wav")
    {
        var output = System.IO.Path.Combine(Directory.CreateTempSubdirectory("speech-test-").FullName, $"out.{extension}");
        var start = new ProcessStartInfo("ffmpeg", $"-v error -y {arguments} \"{output}\"")
        {
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        using var process = Process.Start(start) ?? throw new InvalidOperationException("ffmpeg could not be started (apt-get install ffmpeg).");
        var errors = process.StandardError.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"ffmpeg {arguments} failed: {errors}");
        }

        return output;
    }

    /// <summary>The named test clip with an ffmpeg audio filter applied, as 16 kHz mono s16 WAV.</summary>
    public static float[] Filtered(string name, string filter) =>
        WavReader.Read(Ffmpeg($"-i \"{Path(name)}\" -af \"{filter}\" -ac 1 -ar 16000 -c:a pcm_s16le"));
}
