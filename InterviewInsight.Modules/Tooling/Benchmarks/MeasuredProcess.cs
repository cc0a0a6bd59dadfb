using System.ComponentModel;
using System.Diagnostics;

namespace InterviewInsight.Modules.Tooling.Benchmarks;

/// <summary>
/// Runs a process to the end and measures its wall-clock time and peak resident set. The peak is sampled (VmHWM read
/// every 50 ms), so a process that peaks in its last 50 ms can be under-reported; our own children report their exact
/// VmHWM themselves.
/// </summary>
internal static class MeasuredProcess
{
    internal sealed record Outcome(int ExitCode, string Stdout, string Stderr, double WallSeconds, long SampledPeakWorkingSetBytes);

    public static async Task<Outcome> RunAsync(string fileName, IReadOnlyList<string> args, CancellationToken ct)
    {
        var psi = new ProcessStartInfo(fileName) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in args)
        {
            psi.ArgumentList.Add(a);
        }

        var clock = Stopwatch.StartNew();
        Process process;
        try
        {
            process = Process.Start(psi) ?? throw new InvalidOperationException($"{fileName} could not be started.");
        }
        catch (Win32Exception ex)
        {
            throw new InvalidOperationException($"{fileName} could not be started: {ex.Message}", ex);
        }

        using (process)
        {
            var stdout = process.StandardOutput.ReadToEndAsync(ct);
            var stderr = process.StandardError.ReadToEndAsync(ct);
            var exited = process.WaitForExitAsync(ct);
            long peak = 0;
            try
            {
                while (!exited.IsCompleted)
                {
                    peak = Math.Max(peak, PeakOf(process));
                    await Task.WhenAny(exited, Task.Delay(50, ct));
                }

                await exited;
            }
            catch (OperationCanceledException)
            {
                process.Kill(entireProcessTree: true);
                throw;
            }

            var wall = clock.Elapsed.TotalSeconds;
            return new Outcome(process.ExitCode, await stdout, await stderr, wall, peak);
        }
    }

    private static long PeakOf(Process process)
    {
        try
        {
            process.Refresh();
            return process.PeakWorkingSet64;
        }
        catch (InvalidOperationException)
        {
            return 0; // exited between the check and the read
        }
    }
}
