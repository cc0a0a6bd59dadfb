using InterviewInsight.Modules.Shared.Audit;
using InterviewInsight.Modules.Shared.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace InterviewInsight.Modules.Shared.Settings.Data;

internal class SettingsDbContext(DbContextOptions options) : DbContext(options)
{
    public const string Module = "Settings";

    public DbSet<InstanceSetting> Settings => Set<InstanceSetting>();

    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ConfigureModule("settings");
        modelBuilder.Entity<InstanceSetting>(b =>
        {
            b.HasKey(s => s.Key);
            b.Property(s => s.Key).HasMaxLength(200);
        });
        modelBuilder.Entity<AuditEntry>(b =>
        {
            b.ToTable("AuditEntries");
            b.HasKey(e => e.Id);
            b.Property(e => e.ActorId).HasMaxLength(64);
            b.Property(e => e.Action).HasMaxLength(64);
            b.Property(e => e.Subject).HasMaxLength(256);
            b.Property(e => e.Details).HasMaxLength(AuditEntry.MaxDetailsLength);
            b.HasIndex(e => e.At);
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
