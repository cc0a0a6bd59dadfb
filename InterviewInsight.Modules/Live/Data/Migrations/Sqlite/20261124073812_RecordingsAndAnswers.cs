using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace InterviewInsight.Modules.Live.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class RecordingsAndAnswers : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<double>(
                name: "CalibrationEndSeconds",
                schema: "live",
                table: "PracticeSessions",
                type: "REAL",
                nullable: true);

            migrationBuilder.AddColumn<double>(
                name: "CalibrationStartSeconds",
                schema: "live",
                table: "PracticeSessions",
                type: "REAL",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "Answers",
                schema: "live",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    SessionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Index = table.Column<int>(type: "INTEGER", nullable: false),
                    QuestionId = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    QuestionText = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    StartSeconds = table.Column<double>(type: "REAL", nullable: false),
                    EndSeconds = table.Column<double>(type: "REAL", nullable: true),
                    TurnRule = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    TurnReason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true)
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
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    SessionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Index = table.Column<int>(type: "INTEGER", nullable: false),
                    MediaPath = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    MimeType = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    OffsetSeconds = table.Column<double>(type: "REAL", nullable: false),
                    Bytes = table.Column<long>(type: "INTEGER", nullable: false),
                    ChunkCount = table.Column<int>(type: "INTEGER", nullable: false),
                    OriginalFileName = table.Column<string>(type: "TEXT", maxLength: 255, nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
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

            migrationBuilder.CreateIndex(
                name: "IX_Answers_SessionId_Index",
                schema: "live",
                table: "Answers",
                columns: new[] { "SessionId", "Index" },
                unique: true);

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
                name: "RecordingSegments",
                schema: "live");

            migrationBuilder.DropColumn(
                name: "CalibrationEndSeconds",
                schema: "live",
                table: "PracticeSessions");

            migrationBuilder.DropColumn(
                name: "CalibrationStartSeconds",
                schema: "live",
                table: "PracticeSessions");
        }
    }
}
