using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace InterviewInsight.Modules.Progress.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class Reflections : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterColumn<Guid>(
                name: "SessionId",
                schema: "progress",
                table: "JournalEntries",
                type: "uuid",
                nullable: false,
                defaultValue: new Guid("00000000-0000-0000-0000-000000000000"),
                oldClrType: typeof(Guid),
                oldType: "uuid",
                oldNullable: true);

            migrationBuilder.AddColumn<string>(
                name: "CoachingResponse",
                schema: "progress",
                table: "JournalEntries",
                type: "character varying(20000)",
                maxLength: 20000,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "CoachingSource",
                schema: "progress",
                table: "JournalEntries",
                type: "character varying(32)",
                maxLength: 32,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<DateTime>(
                name: "UpdatedAt",
                schema: "progress",
                table: "JournalEntries",
                type: "timestamp with time zone",
                nullable: false,
                defaultValue: new DateTime(1, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified));

            migrationBuilder.CreateIndex(
                name: "IX_JournalEntries_OwnerId_SessionId",
                schema: "progress",
                table: "JournalEntries",
                columns: new[] { "OwnerId", "SessionId" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_JournalEntries_OwnerId_SessionId",
                schema: "progress",
                table: "JournalEntries");

            migrationBuilder.DropColumn(
                name: "CoachingResponse",
                schema: "progress",
                table: "JournalEntries");

            migrationBuilder.DropColumn(
                name: "CoachingSource",
                schema: "progress",
                table: "JournalEntries");

            migrationBuilder.DropColumn(
                name: "UpdatedAt",
                schema: "progress",
                table: "JournalEntries");

            migrationBuilder.AlterColumn<Guid>(
                name: "SessionId",
                schema: "progress",
                table: "JournalEntries",
                type: "uuid",
                nullable: true,
                oldClrType: typeof(Guid),
                oldType: "uuid");
        }
    }
}
