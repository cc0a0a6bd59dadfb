using Microsoft.EntityFrameworkCore;

namespace InterviewInsight.Modules.Shared.Data;

/// <summary>Options for `dotnet ef` at design time only (scripts/add-migration.sh); never used at run time.</summary>
internal static class DesignTimeOptions
{
    public static DbContextOptions<T> Sqlite<T>(string module) where T : DbContext =>
        new DbContextOptionsBuilder<T>()
            .UseSqlite($"Data Source=design-{module.ToLowerInvariant()}.db", x => x.MigrationsHistoryTable($"__EFMigrationsHistory_{module}"))
            .Options;

    public static DbContextOptions<T> Postgres<T>(string module) where T : DbContext =>
        new DbContextOptionsBuilder<T>()
            .UseNpgsql("Host=localhost;Database=design", x => x.MigrationsHistoryTable($"__EFMigrationsHistory_{module}", module.ToLowerInvariant()))
            .Options;
}
