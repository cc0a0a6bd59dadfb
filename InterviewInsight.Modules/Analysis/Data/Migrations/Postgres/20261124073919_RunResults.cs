using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace InterviewInsight.Modules.Analysis.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class RunResults : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTime>(
                name: "HeartbeatAt",
                schema: "analysis",
                table: "AnalysisRuns",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "MediaContentType",
                schema: "analysis",
                table: "AnalysisRuns",
                type: "character varying(100)",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "MediaPath",
                schema: "analysis",
                table: "AnalysisRuns",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ResultJson",
                schema: "analysis",
                table: "AnalysisRuns",
                type: "text",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "HeartbeatAt",
                schema: "analysis",
                table: "AnalysisRuns");

            migrationBuilder.DropColumn(
                name: "MediaContentType",
                schema: "analysis",
                table: "AnalysisRuns");

            migrationBuilder.DropColumn(
                name: "MediaPath",
                schema: "analysis",
                table: "AnalysisRuns");

            migrationBuilder.DropColumn(
                name: "ResultJson",
                schema: "analysis",
                table: "AnalysisRuns");
        }
    }
}
