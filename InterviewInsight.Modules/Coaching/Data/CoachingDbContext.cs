using InterviewInsight.Modules.Shared.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace InterviewInsight.Modules.Coaching.Data;

internal class CoachingDbContext(DbContextOptions options) : DbContext(options)
{
    public const string Module = "Coaching";

    public DbSet<ShareGrant> Shares => Set<ShareGrant>();

    public DbSet<SessionComment> Comments => Set<SessionComment>();

    public DbSet<ReviewOverride> Overrides => Set<ReviewOverride>();

    public DbSet<NoticeCursor> NoticeCursors => Set<NoticeCursor>();

    public DbSet<Cohort> Cohorts => Set<Cohort>();

    public DbSet<CohortMember> CohortMembers => Set<CohortMember>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ConfigureModule("coaching");
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(CoachingDbContext).Assembly, t => t.Namespace == typeof(CoachingDbContext).Namespace);
    }
}

internal sealed class SqliteCoachingDbContext(DbContextOptions<SqliteCoachingDbContext> options) : CoachingDbContext(options);

internal sealed class PostgresCoachingDbContext(DbContextOptions<PostgresCoachingDbContext> options) : CoachingDbContext(options);

internal sealed class CoachingDesignTimeFactory :
    IDesignTimeDbContextFactory<SqliteCoachingDbContext>, IDesignTimeDbContextFactory<PostgresCoachingDbContext>
{
    SqliteCoachingDbContext IDesignTimeDbContextFactory<SqliteCoachingDbContext>.CreateDbContext(string[] args) =>
        new(DesignTimeOptions.Sqlite<SqliteCoachingDbContext>(CoachingDbContext.Module));

    PostgresCoachingDbContext IDesignTimeDbContextFactory<PostgresCoachingDbContext>.CreateDbContext(string[] args) =>
        new(DesignTimeOptions.Postgres<PostgresCoachingDbContext>(CoachingDbContext.Module));
}
