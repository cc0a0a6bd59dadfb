namespace InterviewInsight.Modules.Shared.Data;

/// <summary>One module's database, as the host sees it: migrate at start-up, report readiness.</summary>
public interface IModuleDatabase
{
    string Module { get; }

    Task MigrateAsync(CancellationToken ct);

    Task<DatabaseReadiness> CheckAsync(CancellationToken ct);
}

public sealed record DatabaseReadiness(string Module, bool CanConnect, IReadOnlyList<string> PendingMigrations, string? Error);
