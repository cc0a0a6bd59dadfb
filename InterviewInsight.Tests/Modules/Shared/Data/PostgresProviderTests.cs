using Hangfire;
using InterviewInsight.Modules.Live.Contracts;
using InterviewInsight.Modules.Shared.Data;
using InterviewInsight.Tests.TestInfrastructure;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace InterviewInsight.Tests.Modules.Shared.Data;

public sealed class PingJob
{
    public static TaskCompletionSource<string> Ran { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public void Run(string marker) => Ran.TrySetResult(marker);
}

[Trait("Category", "Integration")]
[Collection(PostgresCollection.Name)]
public sealed class PostgresProviderTests(PostgresServer postgres)
{
    [Fact]
    public async Task Given_postgres_provider_When_app_starts_Then_every_module_is_migrated_into_its_own_schema()
    {
        // Arrange
        var connectionString = await postgres.CreateDatabaseAsync();
        using var app = new AppFactory(settings: new Dictionary<string, string?>
        {
            ["Database:Provider"] = "Postgres",
            ["ConnectionStrings:Postgres"] = connectionString,
        });

        // Act
        var readiness = await Task.WhenAll(app.Services.GetServices<IModuleDatabase>().Select(d => d.CheckAsync(CancellationToken.None)));
        var live = app.Services.GetRequiredService<ILiveApi>();
        var id = await live.CreateSessionAsync("pg-user", SessionKind.Upload,
            new SessionSetUp("Data analyst", "", Seniority.Junior, InterviewType.Behavioural, 2, null, false, new AnalysisConsent(true, false, false)));

        // Assert
        readiness.Length.ShouldBe(7);
        readiness.ShouldAllBe(r => r.CanConnect && r.PendingMigrations.Count == 0);
        (await live.GetSessionAsync("pg-user", id)).ShouldNotBeNull();
        var schemas = await QueryStrings(connectionString, "select schema_name from information_schema.schemata");
        schemas.ShouldContain("auth");
        schemas.ShouldContain("live");
        schemas.ShouldContain("analysis");
        schemas.ShouldContain("coaching");
    }

    [Fact]
    public async Task Given_postgres_provider_When_a_job_is_enqueued_Then_hangfire_postgres_storage_runs_it()
    {
        // Arrange
        var connectionString = await postgres.CreateDatabaseAsync();
        using var app = new AppFactory(settings: new Dictionary<string, string?>
        {
            ["Database:Provider"] = "Postgres",
            ["ConnectionStrings:Postgres"] = connectionString,
        });
        var marker = Guid.NewGuid().ToString();

        // Act
        app.Services.GetRequiredService<IBackgroundJobClient>().Enqueue<PingJob>(j => j.Run(marker));
        var ran = await PingJob.Ran.Task.WaitAsync(TimeSpan.FromMinutes(2));

        // Assert
        ran.ShouldBe(marker);
        var hangfireTables = await QueryStrings(connectionString, "select table_name from information_schema.tables where table_schema = 'hangfire'");
        hangfireTables.ShouldContain("job");
    }

    private static async Task<List<string>> QueryStrings(string connectionString, string sql)
    {
        await using var conn = new NpgsqlConnection(connectionString);
        await conn.OpenAsync();
        await using var cmd = new NpgsqlCommand(sql, conn);
        await using var reader = await cmd.ExecuteReaderAsync();
        var values = new List<string>();
        while (await reader.ReadAsync())
        {
            values.Add(reader.GetString(0));
        }

        return values;
    }
}
