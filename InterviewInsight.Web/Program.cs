using InterviewInsight.Web.Hosting;

// The same binary serves the app, runs workers, and runs CLI commands (models install, analyze...).
if (await CliCommands.TryRunAsync(args) is { } exitCode)
{
    return exitCode;
}

// Content root = the app folder, so static assets resolve wherever the app is started from.
var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = AppContext.BaseDirectory });
builder.AddInterviewInsight(args);

var app = builder.Build();
await app.UseInterviewInsightAsync();
await app.RunAsync();
return 0;

/// <summary>Entry point, visible to WebApplicationFactory.</summary>
public partial class Program;
