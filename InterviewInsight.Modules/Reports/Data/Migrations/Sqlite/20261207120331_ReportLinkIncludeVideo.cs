using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace InterviewInsight.Modules.Reports.Data.Migrations.Sqlite
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
                type: "INTEGER",
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
