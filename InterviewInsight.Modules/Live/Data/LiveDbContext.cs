using InterviewInsight.Modules.Live.Contracts;
using InterviewInsight.Modules.Shared.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace InterviewInsight.Modules.Live.Data;

internal class LiveDbContext(DbContextOptions options) : DbContext(options)
{
    public const string Module = "Live";

    public DbSet<PracticeSession> Sessions => Set<PracticeSession>();

    public DbSet<RecordingSegment> Segments => Set<RecordingSegment>();

    public DbSet<Answer> Answers => Set<Answer>();

    public DbSet<RecordingChunk> Chunks => Set<RecordingChunk>();

    public DbSet<QuestionSet> QuestionSets => Set<QuestionSet>();

    public DbSet<QuestionSetAssignment> QuestionSetAssignments => Set<QuestionSetAssignment>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ConfigureModule("live");
        modelBuilder.Entity<PracticeSession>(b =>
        {
            b.ToTable("PracticeSessions");
            b.HasKey(s => s.Id);
            b.Property(s => s.OwnerId).HasMaxLength(64);
            b.Property(s => s.Role).HasMaxLength(200);
            b.Property(s => s.Domain).HasMaxLength(200);
            b.Property(s => s.JobDescription).HasMaxLength(20_000);
            b.Property(s => s.Language).HasMaxLength(10);
            b.Property(s => s.Plan).HasJsonConversion("PlanJson", 50_000);
            b.Property(s => s.InterviewerVoice).HasMaxLength(200);
            b.Property(s => s.PendingTurn).HasJsonConversion("PendingTurnJson", 5_000);
            b.Property(s => s.Kind).HasConversion<string>().HasMaxLength(20);
            b.Property(s => s.Status).HasConversion<string>().HasMaxLength(20);
            b.Property(s => s.Seniority).HasConversion<string>().HasMaxLength(20);
            b.Property(s => s.InterviewType).HasConversion<string>().HasMaxLength(20);
            b.Ignore(s => s.Title);
            b.HasIndex(s => new { s.OwnerId, s.CreatedAt });

            // A deleted session is gone for every read at once, long before its rows and files are purged.
            b.HasQueryFilter(s => s.DeletedAt == null);
        });
        modelBuilder.Entity<RecordingSegment>(b =>
        {
            b.ToTable("RecordingSegments");
            b.HasKey(s => s.Id);
            b.Property(s => s.MediaPath).HasMaxLength(200);
            b.Property(s => s.MimeType).HasMaxLength(100);
            b.Property(s => s.OriginalFileName).HasMaxLength(255);
            b.HasOne<PracticeSession>().WithMany().HasForeignKey(s => s.SessionId).OnDelete(DeleteBehavior.Cascade);
            b.HasIndex(s => new { s.SessionId, s.Index }).IsUnique();
        });
        modelBuilder.Entity<RecordingChunk>(b =>
        {
            b.ToTable("RecordingChunks");
            b.HasKey(c => new { c.SegmentId, c.Index });
            b.Property(c => c.Sha256).HasMaxLength(64);
            b.HasOne<RecordingSegment>().WithMany().HasForeignKey(c => c.SegmentId).OnDelete(DeleteBehavior.Cascade);
        });
        modelBuilder.Entity<Answer>(b =>
        {
            b.ToTable("Answers");
            b.HasKey(a => a.Id);
            b.Property(a => a.QuestionId).HasMaxLength(100);
            b.Property(a => a.QuestionText).HasMaxLength(2000);
            b.Property(a => a.Kind).HasConversion<string>().HasMaxLength(20);
            b.Property(a => a.TurnRule).HasMaxLength(100);
            b.Property(a => a.TurnReason).HasMaxLength(1000);
            b.Property(a => a.Transcript).HasJsonConversion("TranscriptJson", 500_000);
            b.HasOne<PracticeSession>().WithMany().HasForeignKey(a => a.SessionId).OnDelete(DeleteBehavior.Cascade);
            b.HasIndex(a => new { a.SessionId, a.Index }).IsUnique();
        });
        modelBuilder.Entity<QuestionSet>(b =>
        {
            b.ToTable("QuestionSets");
            b.HasKey(s => s.Id);
            b.Property(s => s.OwnerId).HasMaxLength(64);
            b.Property(s => s.Name).HasMaxLength(120);
            b.Property<List<QuestionSetQuestion>?>(nameof(QuestionSet.Questions)).HasJsonConversion("QuestionsJson", 20_000);
            b.HasIndex(s => s.OwnerId);
        });
        modelBuilder.Entity<QuestionSetAssignment>(b =>
        {
            b.ToTable("QuestionSetAssignments");
            b.HasKey(a => a.Id);
            b.Property(a => a.AssigneeId).HasMaxLength(64);
            b.Property(a => a.AssignedById).HasMaxLength(64);
            b.HasOne<QuestionSet>().WithMany().HasForeignKey(a => a.SetId).OnDelete(DeleteBehavior.Cascade);
            b.HasIndex(a => new { a.SetId, a.AssigneeId }).IsUnique();
            b.HasIndex(a => a.AssigneeId);
        });
    }
}

internal sealed class SqliteLiveDbContext(DbContextOptions<SqliteLiveDbContext> options) : LiveDbContext(options);

internal sealed class PostgresLiveDbContext(DbContextOptions<PostgresLiveDbContext> options) : LiveDbContext(options);

internal sealed class LiveDesignTimeFactory :
    IDesignTimeDbContextFactory<SqliteLiveDbContext>, IDesignTimeDbContextFactory<PostgresLiveDbContext>
{
    SqliteLiveDbContext IDesignTimeDbContextFactory<SqliteLiveDbContext>.CreateDbContext(string[] args) =>
        new(DesignTimeOptions.Sqlite<SqliteLiveDbContext>(LiveDbContext.Module));

    PostgresLiveDbContext IDesignTimeDbContextFactory<PostgresLiveDbContext>.CreateDbContext(string[] args) =>
        new(DesignTimeOptions.Postgres<PostgresLiveDbContext>(LiveDbContext.Module));
}
