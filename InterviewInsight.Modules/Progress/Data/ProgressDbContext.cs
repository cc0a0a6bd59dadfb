using InterviewInsight.Modules.Shared.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace InterviewInsight.Modules.Progress.Data;

internal class ProgressDbContext(DbContextOptions options) : DbContext(options)
{
    public const string Module = "Progress";

    public DbSet<JournalEntry> Journal => Set<JournalEntry>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ConfigureModule("progress");
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(ProgressDbContext).Assembly, t => t.Namespace == typeof(ProgressDbContext).Namespace);
    }
}

internal sealed class SqliteProgressDbContext(DbContextOptions<SqliteProgressDbContext> options) : ProgressDbContext(options);

internal sealed class PostgresProgressDbContext(DbContextOptions<PostgresProgressDbContext> options) : ProgressDbContext(options);

internal sealed class ProgressDesignTimeFactory :
    IDesignTimeDbContextFactory<SqliteProgressDbContext>, IDesignTimeDbContextFactory<PostgresProgressDbContext>
{
    SqliteProgressDbContext IDesignTimeDbContextFactory<SqliteProgressDbContext>.CreateDbContext(string[] args) =>
        new(DesignTimeOptions.Sqlite<SqliteProgressDbContext>(ProgressDbContext.Module));

    PostgresProgressDbContext IDesignTimeDbContextFactory<PostgresProgressDbContext>.CreateDbContext(string[] args) =>
        new(DesignTimeOptions.Postgres<PostgresProgressDbContext>(ProgressDbContext.Module));
}
