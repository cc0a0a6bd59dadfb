using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace InterviewInsight.Modules.Reports.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class ReportLinkIncludeVideo : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "IncludeVideo",
                schema: "reports",
                table: "ReportLinks",
                type: "boolean",
                nullable: false,
                defaultValue: false);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "IncludeVideo",
                schema: "reports",
                table: "ReportLinks");
        }
    }
}
