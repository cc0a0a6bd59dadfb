using System.ComponentModel;
using System.Diagnostics;
using System.Globalization;

namespace InterviewInsight.Modules.Shared.Media;

/// <summary>
/// Runs a tool from Debian (ffmpeg, ffprobe, espeak-ng) with an argument list, never a shell string. Its error output
/// is kept for the message; a cancellation or the time limit kills the whole process tree.
/// </summary>
public static class ExternalTool
{
    /// <summary>Runs the tool and returns its standard output.</summary>
    /// <exception cref="InvalidDataException">The tool exited non-zero (its error text is the message).</exception>
    /// <exception cref="InvalidOperationException">The tool is not installed.</exception>
    /// <exception cref="TimeoutException">The tool ran longer than <paramref name="timeLimit"/> and was killed.</exception>
    public static async Task<string> RunAsync(string tool, IReadOnlyList<string> args, CancellationToken ct, TimeSpan? timeLimit = null) =>
        (await RunWithErrorsAsync(tool, args, ct, timeLimit)).Output;

    /// <summary>
    /// Runs the tool and returns its standard output and its error output, for tools that report damage they worked
    /// past (ffmpeg's demuxers log a broken cluster and go on, exit code 0).
    /// </summary>
    /// <exception cref="InvalidDataException">The tool exited non-zero (its error text is the message).</exception>
    /// <exception cref="InvalidOperationException">The tool is not installed.</exception>
    /// <exception cref="TimeoutException">The tool ran longer than <paramref name="timeLimit"/> and was killed.</exception>
    public static async Task<(string Output, string Errors)> RunWithErrorsAsync(string tool, IReadOnlyList<string> args, CancellationToken ct, TimeSpan? timeLimit = null)
    {
        var psi = new ProcessStartInfo(tool) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in args)
        {
            psi.ArgumentList.Add(a);
        }

        Process process;
        try
        {
            process = Process.Start(psi) ?? throw new InvalidOperationException($"{tool} could not be started.");
        }
        catch (Win32Exception ex)
        {
            throw new InvalidOperationException($"{tool} is not installed (see scripts/install-deps.sh).", ex);
        }

        using (process)
        using (var limit = CancellationTokenSource.CreateLinkedTokenSource(ct))
        {
            if (timeLimit is { } l)
            {
                limit.CancelAfter(l);
            }

            var stdout = process.StandardOutput.ReadToEndAsync(limit.Token);
            var stderr = process.StandardError.ReadToEndAsync(limit.Token);
            try
            {
                await process.WaitForExitAsync(limit.Token);
            }
            catch (OperationCanceledException)
            {
                Stop(process);
                if (!ct.IsCancellationRequested)
                {
                    throw new TimeoutException($"{tool} ran longer than {timeLimit!.Value.TotalSeconds:0} s and was stopped.");
                }

                throw;
            }

            if (process.ExitCode != 0)
            {
                var error = (await stderr).Trim();
                throw new InvalidDataException($"{tool} could not read the file: {(error.Length > 500 ? error[..500] : error)}");
            }

            return (await stdout, (await stderr).Trim());
        }
    }

    /// <summary>Kills the tool and what it started; a process that exits on its own meanwhile is fine.</summary>
    private static void Stop(Process process)
    {
        try
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit(TimeSpan.FromSeconds(5));
        }
        catch (Exception ex) when (ex is InvalidOperationException or System.ComponentModel.Win32Exception or AggregateException)
        {
            // Already gone, or not ours to kill any more: the caller's cancellation or time limit is what matters.
        }
    }

    /// <summary>
    /// ffmpeg arguments that write the audio of <paramref name="input"/> (from <paramref name="fromSeconds"/>, for
    /// <paramref name="seconds"/> when given) as 16 kHz mono 16-bit PCM WAV, the input of every speech model.
    /// </summary>
    public static string[] MonoWav16kArgs(string input, string output, double? fromSeconds = null, double? seconds = null) =>
    [
        "-v", "error", "-y",
        .. fromSeconds is { } from ? new[] { "-ss", Seconds(from) } : [],
        "-i", input,
        .. seconds is { } length ? new[] { "-t", Seconds(length) } : [],
        "-vn", "-ac", "1", "-ar", "16000", "-c:a", "pcm_s16le", "-f", "wav", output,
    ];

    private static string Seconds(double value) => value.ToString("0.###", CultureInfo.InvariantCulture);
}
