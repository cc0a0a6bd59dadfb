using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace InterviewInsight.Modules.Live.Data.Migrations.Postgres
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
                type: "character varying(5000)",
                maxLength: 5000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PlanJson",
                schema: "live",
                table: "PracticeSessions",
                type: "character varying(50000)",
                maxLength: 50000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Transcript",
                schema: "live",
                table: "Answers",
                type: "character varying(20000)",
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
