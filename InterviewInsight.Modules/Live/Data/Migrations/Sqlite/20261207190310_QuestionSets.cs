using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace InterviewInsight.Modules.Live.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class QuestionSets : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "QuestionSets",
                schema: "live",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OwnerId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                    QuestionsJson = table.Column<string>(type: "TEXT", maxLength: 20000, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_QuestionSets", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "QuestionSetAssignments",
                schema: "live",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    SetId = table.Column<Guid>(type: "TEXT", nullable: false),
                    AssigneeId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    AssignedById = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    AssignedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_QuestionSetAssignments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_QuestionSetAssignments_QuestionSets_SetId",
                        column: x => x.SetId,
                        principalSchema: "live",
                        principalTable: "QuestionSets",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_QuestionSetAssignments_AssigneeId",
                schema: "live",
                table: "QuestionSetAssignments",
                column: "AssigneeId");

            migrationBuilder.CreateIndex(
                name: "IX_QuestionSetAssignments_SetId_AssigneeId",
                schema: "live",
                table: "QuestionSetAssignments",
                columns: new[] { "SetId", "AssigneeId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_QuestionSets_OwnerId",
                schema: "live",
                table: "QuestionSets",
                column: "OwnerId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "QuestionSetAssignments",
                schema: "live");

            migrationBuilder.DropTable(
                name: "QuestionSets",
                schema: "live");
        }
    }
}
