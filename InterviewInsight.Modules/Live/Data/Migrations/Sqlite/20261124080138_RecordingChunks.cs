using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace InterviewInsight.Modules.Live.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class RecordingChunks : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<double>(
                name: "DurationSeconds",
                schema: "live",
                table: "RecordingSegments",
                type: "REAL",
                nullable: false,
                defaultValue: 0.0);

            migrationBuilder.CreateTable(
                name: "RecordingChunks",
                schema: "live",
                columns: table => new
                {
                    SegmentId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Index = table.Column<int>(type: "INTEGER", nullable: false),
                    Size = table.Column<int>(type: "INTEGER", nullable: false),
                    Sha256 = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    ReceivedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
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
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "RecordingChunks",
                schema: "live");

            migrationBuilder.DropColumn(
                name: "DurationSeconds",
                schema: "live",
                table: "RecordingSegments");
        }
    }
}
