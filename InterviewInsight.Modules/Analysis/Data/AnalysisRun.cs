using InterviewInsight.Modules.Analysis.Contracts;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace InterviewInsight.Modules.Analysis.Data;

/// <summary>
/// One analysis of one session, versioned: a re-run makes a new version and history is kept.
/// This table, not the job store, is the source of truth: unfinished runs are re-enqueued at start-up.
/// </summary>
internal sealed class AnalysisRun
{
    public Guid Id { get; set; }

    public Guid SessionId { get; set; }

    public string OwnerId { get; set; } = "";

    public int Version { get; set; }

    public AnalysisRunStatus Status { get; set; }

    public string? Stage { get; set; }

    public double Percent { get; set; }

    public string? Error { get; set; }

    /// <summary>Engines, model hashes and settings used, as JSON; trends compare only comparable provenance.</summary>
    public string? ProvenanceJson { get; set; }

    /// <summary>The result JSON (docs/architecture.md, "Result JSON") of a succeeded run.</summary>
    public string? ResultJson { get; set; }

    /// <summary>Media store path of the seekable recording the result's times refer to (replay).</summary>
    public string? MediaPath { get; set; }

    public string? MediaContentType { get; set; }

    /// <summary>How many times a worker claimed the run; a graceful shutdown gives its attempt back, a crash does not.</summary>
    public int Attempts { get; set; }

    /// <summary>Refreshed while a worker runs it; a Running run whose heartbeat is stale was abandoned by a dead process.</summary>
    public DateTime? HeartbeatAt { get; set; }

    public DateTime CreatedAt { get; set; }

    public AnalysisProgress ToProgress() => new(SessionId, Id, Version, Status, Stage, Percent, Error, CreatedAt, FinishedAt);

    public DateTime? StartedAt { get; set; }

    public DateTime? FinishedAt { get; set; }
}

internal sealed class AnalysisRunConfiguration : IEntityTypeConfiguration<AnalysisRun>
{
    public void Configure(EntityTypeBuilder<AnalysisRun> b)
    {
        b.ToTable("AnalysisRuns");
        b.HasKey(r => r.Id);
        b.Property(r => r.OwnerId).HasMaxLength(64);
        b.Property(r => r.Status).HasConversion<string>().HasMaxLength(20);
        b.Property(r => r.Stage).HasMaxLength(100);
        b.Property(r => r.Error).HasMaxLength(4000);
        b.Property(r => r.MediaPath).HasMaxLength(200);
        b.Property(r => r.MediaContentType).HasMaxLength(100);
        b.HasIndex(r => new { r.SessionId, r.Version }).IsUnique();
        b.HasIndex(r => r.Status);
    }
}
