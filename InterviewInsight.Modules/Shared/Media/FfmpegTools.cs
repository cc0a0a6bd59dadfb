using System.ComponentModel;
using System.Diagnostics;

namespace InterviewInsight.Modules.Shared.Media;

/// <summary>Runs a media tool from Debian (ffmpeg, ffprobe, espeak-ng) with an argument list, never a shell string.</summary>
public static class FfmpegTools
{
    /// <summary>Runs the tool and returns its standard output.</summary>
    /// <exception cref="InvalidDataException">The tool exited non-zero (its error text is the message).</exception>
    /// <exception cref="InvalidOperationException">The tool is not installed.</exception>
    public static async Task<string> RunAsync(string tool, IReadOnlyList<string> args, CancellationToken ct)
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
            throw new InvalidOperationException($"{tool} is not installed (apt-get install ffmpeg).", ex);
        }

        using (process)
        {
            var stdout = process.StandardOutput.ReadToEndAsync(ct);
            var stderr = process.StandardError.ReadToEndAsync(ct);
            try
            {
                await process.WaitForExitAsync(ct);
            }
            catch (OperationCanceledException)
            {
                process.Kill(entireProcessTree: true);
                throw;
            }

            if (process.ExitCode != 0)
            {
                var error = (await stderr).Trim();
                throw new InvalidDataException($"{tool} could not read the file: {(error.Length > 500 ? error[..500] : error)}");
            }

            return await stdout;
        }
    }
}
