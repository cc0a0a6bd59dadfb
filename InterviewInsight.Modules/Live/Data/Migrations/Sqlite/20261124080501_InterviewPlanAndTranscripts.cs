using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace InterviewInsight.Modules.Live.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class InterviewPlanAndTranscripts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "PendingTurnJson",
                schema: "live",
                table: "PracticeSessions",
                type: "TEXT",
                maxLength: 5000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PlanJson",
                schema: "live",
                table: "PracticeSessions",
                type: "TEXT",
                maxLength: 50000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Transcript",
                schema: "live",
                table: "Answers",
                type: "TEXT",
                maxLength: 20000,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "PendingTurnJson",
                schema: "live",
                table: "PracticeSessions");

            migrationBuilder.DropColumn(
                name: "PlanJson",
                schema: "live",
                table: "PracticeSessions");

            migrationBuilder.DropColumn(
                name: "Transcript",
                schema: "live",
                table: "Answers");
        }
    }
}
