using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace InterviewInsight.Modules.Live.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class RetakeOfAnswer : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "RetakeOfAnswerId",
                schema: "live",
                table: "PracticeSessions",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "RetakeOfAnswerId",
                schema: "live",
                table: "Answers",
                type: "TEXT",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "RetakeOfAnswerId",
                schema: "live",
                table: "PracticeSessions");

            migrationBuilder.DropColumn(
                name: "RetakeOfAnswerId",
                schema: "live",
                table: "Answers");
        }
    }
}
