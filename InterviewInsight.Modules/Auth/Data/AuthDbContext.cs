using InterviewInsight.Modules.Auth.Preferences;
using InterviewInsight.Modules.Shared.Data;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace InterviewInsight.Modules.Auth.Data;

internal class AuthDbContext(DbContextOptions options) : IdentityDbContext<AppUser>(options)
{
    public const string Module = "Auth";

    public DbSet<InstanceBootstrap> Bootstrap => Set<InstanceBootstrap>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ConfigureModule("auth");
        builder.Entity<AppUser>(b => b.Property(u => u.TimeZone).HasMaxLength(AccountTimeZone.MaxLength));
        builder.Entity<InstanceBootstrap>(b =>
        {
            b.ToTable("InstanceBootstrap");
            b.HasKey(x => x.Id);
            b.Property(x => x.Id).ValueGeneratedNever();
            b.Property(x => x.FirstAdminId).HasMaxLength(450);
        });
    }
}

internal sealed class SqliteAuthDbContext(DbContextOptions<SqliteAuthDbContext> options) : AuthDbContext(options);

internal sealed class PostgresAuthDbContext(DbContextOptions<PostgresAuthDbContext> options) : AuthDbContext(options);

internal sealed class AuthDesignTimeFactory :
    IDesignTimeDbContextFactory<SqliteAuthDbContext>, IDesignTimeDbContextFactory<PostgresAuthDbContext>
{
    SqliteAuthDbContext IDesignTimeDbContextFactory<SqliteAuthDbContext>.CreateDbContext(string[] args) =>
        new(DesignTimeOptions.Sqlite<SqliteAuthDbContext>(AuthDbContext.Module));

    PostgresAuthDbContext IDesignTimeDbContextFactory<PostgresAuthDbContext>.CreateDbContext(string[] args) =>
        new(DesignTimeOptions.Postgres<PostgresAuthDbContext>(AuthDbContext.Module));
}
