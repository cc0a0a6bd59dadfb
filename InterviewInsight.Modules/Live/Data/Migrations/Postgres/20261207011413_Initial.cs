using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace InterviewInsight.Modules.Live.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.EnsureSchema(
                name: "live");

            migrationBuilder.CreateTable(
                name: "OutboxMessages",
                schema: "live",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Type = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Payload = table.Column<string>(type: "text", nullable: false),
                    OccurredAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    LockedUntil = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    ProcessedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    CompletedHandlers = table.Column<string>(type: "text", nullable: false),
                    Attempts = table.Column<int>(type: "integer", nullable: false),
                    LastError = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OutboxMessages", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "PracticeSessions",
                schema: "live",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    OwnerId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Role = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Domain = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Seniority = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    InterviewType = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    QuestionCount = table.Column<int>(type: "integer", nullable: false),
                    JobDescription = table.Column<string>(type: "character varying(20000)", maxLength: 20000, nullable: true),
                    CameraOn = table.Column<bool>(type: "boolean", nullable: false),
                    ConsentAudio = table.Column<bool>(type: "boolean", nullable: false),
                    ConsentVideo = table.Column<bool>(type: "boolean", nullable: false),
                    ConsentExpressions = table.Column<bool>(type: "boolean", nullable: false),
                    Language = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    CalibrationStartSeconds = table.Column<double>(type: "double precision", nullable: true),
                    CalibrationEndSeconds = table.Column<double>(type: "double precision", nullable: true),
                    PlanJson = table.Column<string>(type: "character varying(50000)", maxLength: 50000, nullable: true),
                    PendingTurnJson = table.Column<string>(type: "character varying(5000)", maxLength: 5000, nullable: true),
                    InterviewerVoice = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    InterviewerRate = table.Column<double>(type: "double precision", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    EndedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PracticeSessions", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Answers",
                schema: "live",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    SessionId = table.Column<Guid>(type: "uuid", nullable: false),
                    Index = table.Column<int>(type: "integer", nullable: false),
                    QuestionId = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    QuestionText = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    Kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    StartSeconds = table.Column<double>(type: "double precision", nullable: false),
                    EndSeconds = table.Column<double>(type: "double precision", nullable: true),
                    Transcript = table.Column<string>(type: "character varying(20000)", maxLength: 20000, nullable: true),
                    TranscriptJson = table.Column<string>(type: "character varying(500000)", maxLength: 500000, nullable: true),
                    TurnRule = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    TurnReason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Answers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Answers_PracticeSessions_SessionId",
                        column: x => x.SessionId,
                        principalSchema: "live",
                        principalTable: "PracticeSessions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "RecordingSegments",
                schema: "live",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    SessionId = table.Column<Guid>(type: "uuid", nullable: false),
                    Index = table.Column<int>(type: "integer", nullable: false),
                    MediaPath = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    MimeType = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    OffsetSeconds = table.Column<double>(type: "double precision", nullable: false),
                    Bytes = table.Column<long>(type: "bigint", nullable: false),
                    DurationSeconds = table.Column<double>(type: "double precision", nullable: false),
                    ChunkCount = table.Column<int>(type: "integer", nullable: false),
                    OriginalFileName = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RecordingSegments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RecordingSegments_PracticeSessions_SessionId",
                        column: x => x.SessionId,
                        principalSchema: "live",
                        principalTable: "PracticeSessions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "RecordingChunks",
                schema: "live",
                columns: table => new
                {
                    SegmentId = table.Column<Guid>(type: "uuid", nullable: false),
                    Index = table.Column<int>(type: "integer", nullable: false),
                    Size = table.Column<int>(type: "integer", nullable: false),
                    Sha256 = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    ReceivedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RecordingChunks", x => new { x.SegmentId, x.Index });
                    table.ForeignKey(
                        name: "FK_RecordingChunks_RecordingSegments_SegmentId",
                        column: x => x.SegmentId,
                        principalSchema: "live",
                        principalTable: "RecordingSegments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Answers_SessionId_Index",
                schema: "live",
                table: "Answers",
                columns: new[] { "SessionId", "Index" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_OutboxMessages_ProcessedAt",
                schema: "live",
                table: "OutboxMessages",
                column: "ProcessedAt");

            migrationBuilder.CreateIndex(
                name: "IX_PracticeSessions_OwnerId_CreatedAt",
                schema: "live",
                table: "PracticeSessions",
                columns: new[] { "OwnerId", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_RecordingSegments_SessionId_Index",
                schema: "live",
                table: "RecordingSegments",
                columns: new[] { "SessionId", "Index" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Answers",
                schema: "live");

            migrationBuilder.DropTable(
                name: "OutboxMessages",
                schema: "live");

            migrationBuilder.DropTable(
                name: "RecordingChunks",
                schema: "live");

            migrationBuilder.DropTable(
                name: "RecordingSegments",
                schema: "live");

            migrationBuilder.DropTable(
                name: "PracticeSessions",
                schema: "live");
        }
    }
}
