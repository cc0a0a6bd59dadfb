using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace InterviewInsight.Modules.Shared.Data;

public static class ModuleDbContextRegistration
{
    /// <summary>
    /// Registers a module's DbContext factory for the configured provider. The model lives in TBase;
    /// TSqlite and TPostgres exist only so one assembly can hold a migration set per provider.
    /// Callers ask for IDbContextFactory&lt;TBase&gt; and never see the provider.
    /// </summary>
    public static IServiceCollection AddModuleDbContext<TBase, TSqlite, TPostgres>(
        this IServiceCollection services, IConfiguration config, string module)
        where TBase : DbContext
        where TSqlite : TBase
        where TPostgres : TBase
    {
        var connectionString = DatabaseSettings.ConnectionString(config, module);
        var historyTable = $"__EFMigrationsHistory_{module}";

        if (DatabaseSettings.Provider(config) == DatabaseProvider.Postgres)
        {
            services.AddDbContextFactory<TPostgres>(o => o.UseNpgsql(
                connectionString, x => x.MigrationsHistoryTable(historyTable, module.ToLowerInvariant())));
            services.AddSingleton<IDbContextFactory<TBase>>(sp =>
                new DerivedContextFactory<TBase, TPostgres>(sp.GetRequiredService<IDbContextFactory<TPostgres>>()));
        }
        else
        {
            EnsureSqliteFolder(connectionString);
            services.AddDbContextFactory<TSqlite>(o => o.UseSqlite(
                connectionString, x => x.MigrationsHistoryTable(historyTable)));
            services.AddSingleton<IDbContextFactory<TBase>>(sp =>
                new DerivedContextFactory<TBase, TSqlite>(sp.GetRequiredService<IDbContextFactory<TSqlite>>()));
        }

        services.AddSingleton<IModuleDatabase>(sp =>
            new ModuleDatabase<TBase>(module, sp.GetRequiredService<IDbContextFactory<TBase>>()));
        return services;
    }

    private static void EnsureSqliteFolder(string connectionString)
    {
        var builder = new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(connectionString);
        var folder = Path.GetDirectoryName(Path.GetFullPath(builder.DataSource));
        if (!string.IsNullOrEmpty(folder))
        {
            Directory.CreateDirectory(folder);
        }
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
