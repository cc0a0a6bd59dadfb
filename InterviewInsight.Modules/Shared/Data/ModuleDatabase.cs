using Microsoft.EntityFrameworkCore;

namespace InterviewInsight.Modules.Shared.Data;

internal sealed class ModuleDatabase<TContext>(string module, IDbContextFactory<TContext> factory) : IModuleDatabase
    where TContext : DbContext
{
    public string Module => module;

    public async Task MigrateAsync(CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        await db.Database.MigrateAsync(ct);
    }

    public async Task<DatabaseReadiness> CheckAsync(CancellationToken ct)
    {
        try
        {
            await using var db = await factory.CreateDbContextAsync(ct);
            var canConnect = await db.Database.CanConnectAsync(ct);
            var pending = canConnect ? (await db.Database.GetPendingMigrationsAsync(ct)).ToList() : [];
            return new DatabaseReadiness(module, canConnect, pending, canConnect ? null : "cannot connect");
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            return new DatabaseReadiness(module, false, [], ex.Message);
        }
    }
}
