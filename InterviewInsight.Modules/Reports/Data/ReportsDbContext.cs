using InterviewInsight.Modules.Shared.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace InterviewInsight.Modules.Reports.Data;

internal class ReportsDbContext(DbContextOptions options) : DbContext(options)
{
    public const string Module = "Reports";

    public DbSet<ReportLink> Links => Set<ReportLink>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ConfigureModule("reports");
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(ReportsDbContext).Assembly, t => t.Namespace == typeof(ReportsDbContext).Namespace);
    }
}

internal sealed class SqliteReportsDbContext(DbContextOptions<SqliteReportsDbContext> options) : ReportsDbContext(options);

internal sealed class PostgresReportsDbContext(DbContextOptions<PostgresReportsDbContext> options) : ReportsDbContext(options);

internal sealed class ReportsDesignTimeFactory :
    IDesignTimeDbContextFactory<SqliteReportsDbContext>, IDesignTimeDbContextFactory<PostgresReportsDbContext>
{
    SqliteReportsDbContext IDesignTimeDbContextFactory<SqliteReportsDbContext>.CreateDbContext(string[] args) =>
        new(DesignTimeOptions.Sqlite<SqliteReportsDbContext>(ReportsDbContext.Module));

    PostgresReportsDbContext IDesignTimeDbContextFactory<PostgresReportsDbContext>.CreateDbContext(string[] args) =>
        new(DesignTimeOptions.Postgres<PostgresReportsDbContext>(ReportsDbContext.Module));
}
