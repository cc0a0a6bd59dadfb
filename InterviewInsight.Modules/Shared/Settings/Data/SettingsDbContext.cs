using InterviewInsight.Modules.Shared.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace InterviewInsight.Modules.Shared.Settings.Data;

internal class SettingsDbContext(DbContextOptions options) : DbContext(options)
{
    public const string Module = "Settings";

    public DbSet<InstanceSetting> Settings => Set<InstanceSetting>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ConfigureModule("settings");
        modelBuilder.Entity<InstanceSetting>(b =>
        {
            b.HasKey(s => s.Key);
            b.Property(s => s.Key).HasMaxLength(200);
        });
    }
}

internal sealed class SqliteSettingsDbContext(DbContextOptions<SqliteSettingsDbContext> options) : SettingsDbContext(options);

internal sealed class PostgresSettingsDbContext(DbContextOptions<PostgresSettingsDbContext> options) : SettingsDbContext(options);

internal sealed class SettingsDesignTimeFactory :
    IDesignTimeDbContextFactory<SqliteSettingsDbContext>, IDesignTimeDbContextFactory<PostgresSettingsDbContext>
{
    SqliteSettingsDbContext IDesignTimeDbContextFactory<SqliteSettingsDbContext>.CreateDbContext(string[] args) =>
        new(DesignTimeOptions.Sqlite<SqliteSettingsDbContext>(SettingsDbContext.Module));

    PostgresSettingsDbContext IDesignTimeDbContextFactory<PostgresSettingsDbContext>.CreateDbContext(string[] args) =>
        new(DesignTimeOptions.Postgres<PostgresSettingsDbContext>(SettingsDbContext.Module));
}
