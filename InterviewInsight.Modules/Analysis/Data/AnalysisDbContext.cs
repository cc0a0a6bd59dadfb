using InterviewInsight.Modules.Shared.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace InterviewInsight.Modules.Analysis.Data;

internal class AnalysisDbContext(DbContextOptions options) : DbContext(options)
{
    public const string Module = "Analysis";

    public DbSet<AnalysisRun> Runs => Set<AnalysisRun>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ConfigureModule("analysis");
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(AnalysisDbContext).Assembly, t => t.Namespace == typeof(AnalysisDbContext).Namespace);
    }
}

internal sealed class SqliteAnalysisDbContext(DbContextOptions<SqliteAnalysisDbContext> options) : AnalysisDbContext(options);

internal sealed class PostgresAnalysisDbContext(DbContextOptions<PostgresAnalysisDbContext> options) : AnalysisDbContext(options);

internal sealed class AnalysisDesignTimeFactory :
    IDesignTimeDbContextFactory<SqliteAnalysisDbContext>, IDesignTimeDbContextFactory<PostgresAnalysisDbContext>
{
    SqliteAnalysisDbContext IDesignTimeDbContextFactory<SqliteAnalysisDbContext>.CreateDbContext(string[] args) =>
        new(DesignTimeOptions.Sqlite<SqliteAnalysisDbContext>(AnalysisDbContext.Module));

    PostgresAnalysisDbContext IDesignTimeDbContextFactory<PostgresAnalysisDbContext>.CreateDbContext(string[] args) =>
        new(DesignTimeOptions.Postgres<PostgresAnalysisDbContext>(AnalysisDbContext.Module));
}
