using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace InterviewInsight.Modules.Analysis.Data.Migrations.Sqlite
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
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "MediaContentType",
                schema: "analysis",
                table: "AnalysisRuns",
                type: "TEXT",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "MediaPath",
                schema: "analysis",
                table: "AnalysisRuns",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ResultJson",
                schema: "analysis",
                table: "AnalysisRuns",
                type: "TEXT",
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
