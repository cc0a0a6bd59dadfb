using System.Globalization;
using DashboardBenchmark;

// Issue 14's benchmark: server CPU and render traffic while the results page replays a 10-minute session, for each
// published app given (oldest first). Prints the markdown report and writes it to --out.
CultureInfo.CurrentCulture = CultureInfo.InvariantCulture; // the report's numbers and the question times ("1:00") in one format
BenchmarkOptions options;
try
{
    options = BenchmarkOptions.Parse(args);
}
catch (ArgumentException ex)
{
    Console.Error.WriteLine(ex.Message);
    Console.Error.WriteLine(BenchmarkOptions.Usage);
    return 2;
}

var started = DateTime.UtcNow;
var loadAverage = string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3));
var work = Directory.CreateTempSubdirectory("ii-dashboard-bench-").FullName;
try
{
    Console.WriteLine($"Making the {options.RecordingSeconds} s recording in {work} …");
    var recording = await RecordingMaker.MakeAsync(options.TestData, work, options.RecordingSeconds);
    Console.WriteLine(recording.Description);

    await using var browser = await DashboardBrowser.StartAsync();
    var figures = new List<AppFigures>();
    string? analysedData = null;
    string? resultsUrl = null;
    for (var i = 0; i < options.Apps.Count; i++)
    {
        var (dll, label) = (options.Apps[i], options.Labels[i]);
        var data = Path.Combine(work, $"data-{i}");
        if (analysedData is null)
        {
            Directory.CreateDirectory(data);
        }
        else
        {
            CopyDirectory(analysedData, data);
        }

        await using var app = await AppProcess.StartAsync(dll, data, options.Models);
        var (page, frames) = await browser.NewPageAsync();
        if (resultsUrl is null)
        {
            Console.WriteLine($"[{label}] uploading and analysing (several minutes) …");
            var clock = System.Diagnostics.Stopwatch.StartNew();
            resultsUrl = await DashboardBrowser.UploadAndAnalyseAsync(page, app.BaseUrl, recording, TimeSpan.FromMinutes(45));
            Console.WriteLine($"[{label}] dashboard after {clock.Elapsed.TotalMinutes:F1} min: {resultsUrl}");
        }
        else
        {
            await DashboardBrowser.OpenResultsAsync(page, app.BaseUrl, resultsUrl);
        }

        Console.WriteLine($"[{label}] measuring {options.IdleSeconds} s paused, then {options.Seconds} s playing …");
        var windows = await ReplayMeasurement.MeasureAsync(page, frames, app, options.IdleSeconds, options.Seconds);
        figures.Add(new AppFigures(label, dll, windows));
        await page.Context.CloseAsync();
        await app.DisposeAsync(); // stopped before its data folder is copied for the next app
        analysedData ??= data;
    }

    var command = "dotnet run --project tools/DashboardBenchmark -- " + string.Join(' ', args);
    var report = Report.Write(command, started, loadAverage, browser.Version, recording, options.Labels[0], figures);
    Console.WriteLine(report);
    if (options.Out is not null)
    {
        await File.WriteAllTextAsync(options.Out, report);
        Console.WriteLine($"Written to {options.Out}");
    }

    return 0;
}
finally
{
    Directory.Delete(work, recursive: true);
}

static void CopyDirectory(string from, string to)
{
    foreach (var dir in Directory.GetDirectories(from, "*", SearchOption.AllDirectories))
    {
        Directory.CreateDirectory(Path.Combine(to, Path.GetRelativePath(from, dir)));
    }

    Directory.CreateDirectory(to);
    foreach (var file in Directory.GetFiles(from, "*", SearchOption.AllDirectories))
    {
        File.Copy(file, Path.Combine(to, Path.GetRelativePath(from, file)));
    }
}
