using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace InterviewInsight.Modules.Live.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class AnswerTranscriptJson : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "TranscriptJson",
                schema: "live",
                table: "Answers",
                type: "character varying(500000)",
                maxLength: 500000,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "TranscriptJson",
                schema: "live",
                table: "Answers");
        }
    }
}
