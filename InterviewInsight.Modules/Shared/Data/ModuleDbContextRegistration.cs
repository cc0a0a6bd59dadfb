using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace InterviewInsight.Modules.Shared.Data;

public static class ModuleDbContextRegistration
{
    /// <summary>
    /// Registers a module's DbContext factory. The model lives in TBase; TSqlite and TPostgres exist only so one assembly
    /// can hold a migration set per provider. Callers ask for IDbContextFactory&lt;TBase&gt; and never see the provider.
    /// Configuration is read when the factory is first resolved, so hosts and tests can override it up to that point.
    /// </summary>
    public static IServiceCollection AddModuleDbContext<TBase, TSqlite, TPostgres>(
        this IServiceCollection services, IConfiguration config, string module)
        where TBase : DbContext
        where TSqlite : TBase
        where TPostgres : TBase
    {
        var historyTable = $"__EFMigrationsHistory_{module}";
        services.AddDbContextFactory<TPostgres>((sp, o) => o.UseNpgsql(
            DatabaseSettings.ConnectionString(sp.GetRequiredService<IConfiguration>(), module),
            x => x.MigrationsHistoryTable(historyTable, module.ToLowerInvariant())));
        services.AddDbContextFactory<TSqlite>((sp, o) => o.UseSqlite(
            SqliteConnectionString(sp.GetRequiredService<IConfiguration>(), module),
            x => x.MigrationsHistoryTable(historyTable))
            // Schemas separate modules on PostgreSQL; on SQLite each module has its own file instead.
            .ConfigureWarnings(w => w.Ignore(Microsoft.EntityFrameworkCore.Diagnostics.SqliteEventId.SchemaConfiguredWarning)));

        services.AddSingleton<IDbContextFactory<TBase>>(sp =>
            DatabaseSettings.Provider(sp.GetRequiredService<IConfiguration>()) == DatabaseProvider.Postgres
                ? new DerivedContextFactory<TBase, TPostgres>(sp.GetRequiredService<IDbContextFactory<TPostgres>>())
                : new DerivedContextFactory<TBase, TSqlite>(sp.GetRequiredService<IDbContextFactory<TSqlite>>()));
        services.AddSingleton<IModuleDatabase>(sp =>
            new ModuleDatabase<TBase>(module, sp.GetRequiredService<IDbContextFactory<TBase>>()));
        return services;
    }

    private static string SqliteConnectionString(IConfiguration config, string module)
    {
        var connectionString = DatabaseSettings.ConnectionString(config, module);
        var builder = new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(connectionString);
        var folder = Path.GetDirectoryName(Path.GetFullPath(builder.DataSource));
        if (!string.IsNullOrEmpty(folder))
        {
            Directory.CreateDirectory(folder);
        }

        return connectionString;
    }

    private sealed class DerivedContextFactory<TBase, TDerived>(IDbContextFactory<TDerived> inner) : IDbContextFactory<TBase>
        where TBase : DbContext
        where TDerived : TBase
    {
        public TBase CreateDbContext() => inner.CreateDbContext();

        public async Task<TBase> CreateDbContextAsync(CancellationToken cancellationToken = default) =>
            await inner.CreateDbContextAsync(cancellationToken);
    }
}
