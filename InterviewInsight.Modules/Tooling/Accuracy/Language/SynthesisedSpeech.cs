using InterviewInsight.Modules.Engines.Speech.Audio;
using InterviewInsight.Modules.Shared.Media;

namespace InterviewInsight.Modules.Tooling.Accuracy.Language;

/// <summary>
/// The same interview answer read by espeak-ng in several languages (about 15 s each), made on demand into a folder the
/// caller owns and deletes: the non-English side of the language check's calibration, and English read by the same
/// synthetic voice so that the check is shown not to be a synthetic-voice detector.
/// </summary>
internal static class SynthesisedSpeech
{
    public const string Espeak = "/usr/bin/espeak-ng";

    /// <summary>espeak-ng voice and text, English voices first.</summary>
    public static IReadOnlyList<(string Voice, string Text)> Answers { get; } =
    [
        ("en-us", "In my last job I led a small team. We built a new accounting system, and I was responsible for the planning and for talking with the customers. In the end everyone was very happy with the result."),
        ("en-gb", "Tell me about a time you solved a hard problem. Well, our release was late because the tests kept failing, so I split the work, fixed the build, and we shipped two days later than planned."),
        ("de", "Ich habe in meiner letzten Stelle ein kleines Team geleitet. Wir haben eine neue Software für die Buchhaltung entwickelt, und ich war für die Planung und die Abstimmung mit den Kunden verantwortlich. Am Ende waren alle sehr zufrieden mit dem Ergebnis."),
        ("fr", "Dans mon dernier poste, j'ai dirigé une petite équipe. Nous avons développé un nouveau logiciel de comptabilité, et j'étais responsable de la planification et des échanges avec les clients. À la fin, tout le monde était très satisfait du résultat."),
        ("es", "En mi último trabajo dirigí un pequeño equipo. Desarrollamos un nuevo programa de contabilidad y yo era responsable de la planificación y de la comunicación con los clientes. Al final todos quedaron muy contentos con el resultado."),
        ("it", "Nel mio ultimo lavoro ho guidato una piccola squadra. Abbiamo sviluppato un nuovo programma di contabilità e io ero responsabile della pianificazione e dei rapporti con i clienti. Alla fine tutti erano molto soddisfatti del risultato."),
        ("pt", "No meu último emprego liderei uma pequena equipa. Desenvolvemos um novo programa de contabilidade e eu era responsável pelo planeamento e pela comunicação com os clientes. No fim, todos ficaram muito satisfeitos com o resultado."),
        ("nl", "In mijn vorige baan leidde ik een klein team. We hebben nieuwe software voor de boekhouding ontwikkeld en ik was verantwoordelijk voor de planning en het overleg met de klanten. Uiteindelijk was iedereen heel tevreden met het resultaat."),
        ("pl", "W mojej ostatniej pracy kierowałem małym zespołem. Stworzyliśmy nowy program do księgowości, a ja odpowiadałem za planowanie i kontakt z klientami. Na koniec wszyscy byli bardzo zadowoleni z wyniku."),
    ];

    /// <summary>True for the English voices of <see cref="Answers"/>.</summary>
    public static bool IsEnglish(string voice) => voice.StartsWith("en", StringComparison.Ordinal);

    /// <summary>Speaks <paramref name="text"/> with espeak-ng and returns it as 16 kHz mono samples; the files made in <paramref name="folder"/> are deleted.</summary>
    public static async Task<float[]> SynthesiseAsync(string voice, string text, string folder, CancellationToken ct)
    {
        var wav = Path.Combine(folder, $"{voice}-{Guid.NewGuid():N}.16k.wav");
        try
        {
            await WriteWavAsync(voice, text, wav, ct).ConfigureAwait(false);
            return WavReader.Read(wav);
        }
        finally
        {
            File.Delete(wav);
        }
    }

    /// <summary>Speaks <paramref name="text"/> with espeak-ng into <paramref name="wav"/>, 16 kHz mono PCM like a normalised recording's audio.</summary>
    public static async Task WriteWavAsync(string voice, string text, string wav, CancellationToken ct)
    {
        var spoken = Path.ChangeExtension(wav, ".espeak.wav");
        try
        {
            await ExternalTool.RunAsync(Espeak, ["-v", voice, "-s", "150", "-w", spoken, "--", text], ct).ConfigureAwait(false);
            await ExternalTool.RunAsync("ffmpeg", ["-nostdin", "-loglevel", "error", "-y", "-i", spoken, "-ac", "1", "-ar", "16000", "-c:a", "pcm_s16le", wav], ct)
                .ConfigureAwait(false);
        }
        finally
        {
            File.Delete(spoken);
        }
    }
}
