namespace InterviewInsight.Modules.Shared.Outbox;

/// <summary>
/// Whether Hangfire's job store outlives the process (PostgreSQL) or not (in-memory, the SQLite default). Decided once
/// at registration from the connection settings, so the dispatcher reads no configuration of its own.
/// </summary>
internal sealed record JobStoreDurability(bool SurvivesRestart);
