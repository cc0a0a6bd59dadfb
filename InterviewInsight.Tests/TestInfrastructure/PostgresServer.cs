using System.Diagnostics;
using Npgsql;

namespace InterviewInsight.Tests.TestInfrastructure;

/// <summary>
/// A throw-away PostgreSQL cluster (initdb + pg_ctl on a free loopback port, trust auth, private socket folder),
/// started once for the test run and removed afterwards. As root it runs as the postgres user, since initdb refuses root.
/// Fails loudly when PostgreSQL is not installed (scripts/install-deps.sh --test installs it).
/// </summary>
public sealed class PostgresServer : IAsyncLifetime
{
    private string dataDir = "";
    private string binDir = "";

    public int Port { get; private set; }

    public string ConnectionString(string database) =>
        $"Host=127.0.0.1;Port={Port};Username=postgres;Database={database};Pooling=false";

    public async Task<string> CreateDatabaseAsync()
    {
        var name = "ii_" + Guid.NewGuid().ToString("N")[..12];
        await using var conn = new NpgsqlConnection(ConnectionString("postgres"));
        await conn.OpenAsync();
        await using var cmd = new NpgsqlCommand($"CREATE DATABASE {name}", conn);
        await cmd.ExecuteNonQueryAsync();
        return ConnectionString(name);
    }

    public async Task InitializeAsync()
    {
        binDir = Directory.GetDirectories("/usr/lib/postgresql").OrderDescending().Select(d => Path.Combine(d, "bin"))
            .FirstOrDefault(d => File.Exists(Path.Combine(d, "initdb")))
            ?? throw new InvalidOperationException("PostgreSQL binaries not found under /usr/lib/postgresql; run scripts/install-deps.sh --test.");
        dataDir = Path.Combine(Path.GetTempPath(), "ii-pg-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(dataDir);
        Port = LoopbackPort.Free();

        if (Environment.UserName == "root")
        {
            await Run("chown", ["-R", "postgres:postgres", dataDir]);
        }

        await RunAsOwner(Path.Combine(binDir, "initdb"), ["-D", Path.Combine(dataDir, "db"), "-A", "trust", "-U", "postgres", "--no-sync", "-E", "UTF8"]);
        await RunAsOwner(Path.Combine(binDir, "pg_ctl"), ["-D", Path.Combine(dataDir, "db"), "-l", Path.Combine(dataDir, "log.txt"), "-w", "-o",
            $"-p {Port} -k {dataDir} -c listen_addresses=127.0.0.1 -c fsync=off", "start"]);
    }

    public async Task DisposeAsync()
    {
        if (binDir.Length > 0 && Directory.Exists(Path.Combine(dataDir, "db")))
        {
            await RunAsOwner(Path.Combine(binDir, "pg_ctl"), ["-D", Path.Combine(dataDir, "db"), "-m", "immediate", "stop"]);
        }

        try
        {
            Directory.Delete(dataDir, recursive: true);
        }
        catch (IOException)
        {
            // best effort: the temp folder is cleaned by the OS eventually
        }
    }

    private Task RunAsOwner(string file, string[] args) =>
        Environment.UserName == "root" ? Run("runuser", ["-u", "postgres", "--", file, .. args]) : Run(file, args);

    private static async Task Run(string file, string[] args)
    {
        var psi = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = "/tmp" };
        foreach (var a in args)
        {
            psi.ArgumentList.Add(a);
        }

        using var p = Process.Start(psi)!;
        var stdout = p.StandardOutput.ReadToEndAsync();
        var stderr = p.StandardError.ReadToEndAsync();
        await p.WaitForExitAsync();
        if (p.ExitCode != 0)
        {
            throw new InvalidOperationException($"{file} {string.Join(' ', args)} failed ({p.ExitCode}): {await stderr} {await stdout}");
        }
    }
}

[CollectionDefinition(Name)]
public sealed class PostgresCollection : ICollectionFixture<PostgresServer>
{
    public const string Name = "postgres";
}
