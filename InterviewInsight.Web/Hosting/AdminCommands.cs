using InterviewInsight.Modules.Auth.Contracts;

namespace InterviewInsight.Web.Hosting;

/// <summary>
/// <c>admin promote &lt;email&gt;</c>: the way back into an instance that has no admin left (accounts are never promoted
/// automatically after the first). Runs against the instance's own configuration and databases, on the server.
/// </summary>
internal static class AdminCommands
{
    public static async Task<int> RunAsync(string[] args, TextWriter output, CancellationToken ct)
    {
        if (args is not ["promote", var email, ..] || email.StartsWith('-'))
        {
            await output.WriteLineAsync("Usage: admin promote <email> [--Data:Path=DIR] [--Database:Provider=Postgres ...]");
            return 2;
        }

        string[] hostArgs = [.. args.Where(a => a.StartsWith("--", StringComparison.Ordinal) && a.Contains('=', StringComparison.Ordinal)), "--role=web", "--Logging:LogLevel:Default=Warning"];
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            Args = hostArgs,
            ContentRootPath = AppContext.BaseDirectory,
            ApplicationName = typeof(Program).Assembly.GetName().Name,
        });
        builder.AddInterviewInsight(hostArgs);
        await using var app = builder.Build();
        await app.Services.InitializeModulesAsync(app.Logger);

        var auth = app.Services.GetRequiredService<IAuthApi>();
        if (await auth.FindUserByEmailAsync(email, ct) is not { } user)
        {
            await output.WriteLineAsync($"No account uses the e-mail '{email}'. Register it first, then promote it.");
            return 1;
        }

        var result = await auth.SetRoleAsync(user.Id, Roles.Admin, ct);
        await output.WriteLineAsync(result.Succeeded ? $"{user.Email} is now an Admin (was {user.Role})." : $"Not promoted: {result.Error}");
        return result.Succeeded ? 0 : 1;
    }
}
