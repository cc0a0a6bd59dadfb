using Microsoft.Extensions.Configuration;

namespace InterviewInsight.Modules.Shared.Data;

/// <summary>
/// Reads Database:Provider and resolves each module's connection string.
/// ConnectionStrings:&lt;Module&gt; wins when set; otherwise SQLite gets a file per module under Data:Path
/// and PostgreSQL uses ConnectionStrings:Postgres (one database, a schema per module).
/// </summary>
public static class DatabaseSettings
{
    /// <summary>SQLite unless set; a value that names no provider stops the start-up instead of silently meaning SQLite.</summary>
    public static DatabaseProvider Provider(IConfiguration config)
    {
        var value = config["Database:Provider"];
        if (string.IsNullOrWhiteSpace(value))
        {
            return DatabaseProvider.Sqlite;
        }

        return Enum.TryParse<DatabaseProvider>(value, ignoreCase: true, out var provider) && Enum.IsDefined(provider)
            ? provider
            : throw new InvalidOperationException($"Database:Provider must be Sqlite or Postgres (got '{value}').");
    }

    public static string DataPath(IConfiguration config) =>
        Path.GetFullPath(string.IsNullOrWhiteSpace(config["Data:Path"]) ? "data" : config["Data:Path"]!);

    public static string ConnectionString(IConfiguration config, string module)
    {
        var explicitValue = config.GetConnectionString(module);
        if (!string.IsNullOrWhiteSpace(explicitValue))
        {
            return explicitValue;
        }

        return Provider(config) switch
        {
            DatabaseProvider.Postgres => PostgresConnectionString(config),
            _ => $"Data Source={Path.Combine(DataPath(config), module.ToLowerInvariant() + ".db")}",
        };
    }

    public static string PostgresConnectionString(IConfiguration config)
    {
        var value = config.GetConnectionString("Postgres");
        return string.IsNullOrWhiteSpace(value)
            ? throw new InvalidOperationException(
                "Database:Provider is Postgres but ConnectionStrings:Postgres is empty. Set ConnectionStrings__Postgres.")
            : value;
    }

    /// <summary>Hangfire follows the provider: PostgreSQL storage for Postgres, in-memory for SQLite unless set explicitly.</summary>
    public static string? HangfireConnectionString(IConfiguration config)
    {
        var value = config.GetConnectionString("Hangfire");
        if (!string.IsNullOrWhiteSpace(value))
        {
            return value;
        }

        return Provider(config) == DatabaseProvider.Postgres ? PostgresConnectionString(config) : null;
    }
}
