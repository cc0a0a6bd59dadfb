using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace InterviewInsight.Modules.Coaching.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class SharesCommentsOverrides : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_ShareGrants_CoachId_SessionId",
                schema: "coaching",
                table: "ShareGrants");

            migrationBuilder.DropIndex(
                name: "IX_ShareGrants_OwnerId",
                schema: "coaching",
                table: "ShareGrants");

            migrationBuilder.DropColumn(
                name: "CoachId",
                schema: "coaching",
                table: "ShareGrants");

            migrationBuilder.AlterColumn<Guid>(
                name: "SessionId",
                schema: "coaching",
                table: "ShareGrants",
                type: "TEXT",
                nullable: true,
                oldClrType: typeof(Guid),
                oldType: "TEXT");

            migrationBuilder.AddColumn<string>(
                name: "GranteeEmail",
                schema: "coaching",
                table: "ShareGrants",
                type: "TEXT",
                maxLength: 256,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "GranteeId",
                schema: "coaching",
                table: "ShareGrants",
                type: "TEXT",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "InvitationHash",
                schema: "coaching",
                table: "ShareGrants",
                type: "TEXT",
                maxLength: 64,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "Comments",
                schema: "coaching",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    SessionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    OwnerId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    AuthorId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    AuthorName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    AuthorRole = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    TargetId = table.Column<string>(type: "TEXT", maxLength: 128, nullable: true),
                    AtSeconds = table.Column<double>(type: "REAL", nullable: true),
                    Text = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    ReplyToId = table.Column<Guid>(type: "TEXT", nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Comments", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Overrides",
                schema: "coaching",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    SessionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    OwnerId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    TargetId = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    RunVersion = table.Column<int>(type: "INTEGER", nullable: false),
                    MachineValue = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    Value = table.Column<double>(type: "REAL", nullable: true),
                    Text = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    CoachId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Overrides", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ShareGrants_GranteeId_SessionId",
                schema: "coaching",
                table: "ShareGrants",
                columns: new[] { "GranteeId", "SessionId" });

            migrationBuilder.CreateIndex(
                name: "IX_ShareGrants_InvitationHash",
                schema: "coaching",
                table: "ShareGrants",
                column: "InvitationHash");

            migrationBuilder.CreateIndex(
                name: "IX_ShareGrants_OwnerId_SessionId",
                schema: "coaching",
                table: "ShareGrants",
                columns: new[] { "OwnerId", "SessionId" });

            migrationBuilder.CreateIndex(
                name: "IX_Comments_AuthorId",
                schema: "coaching",
                table: "Comments",
                column: "AuthorId");

            migrationBuilder.CreateIndex(
                name: "IX_Comments_OwnerId",
                schema: "coaching",
                table: "Comments",
                column: "OwnerId");

            migrationBuilder.CreateIndex(
                name: "IX_Comments_SessionId",
                schema: "coaching",
                table: "Comments",
                column: "SessionId");

            migrationBuilder.CreateIndex(
                name: "IX_Overrides_CoachId",
                schema: "coaching",
                table: "Overrides",
                column: "CoachId");

            migrationBuilder.CreateIndex(
                name: "IX_Overrides_OwnerId",
                schema: "coaching",
                table: "Overrides",
                column: "OwnerId");

            migrationBuilder.CreateIndex(
                name: "IX_Overrides_SessionId",
                schema: "coaching",
                table: "Overrides",
                column: "SessionId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Comments",
                schema: "coaching");

            migrationBuilder.DropTable(
                name: "Overrides",
                schema: "coaching");

            migrationBuilder.DropIndex(
                name: "IX_ShareGrants_GranteeId_SessionId",
                schema: "coaching",
                table: "ShareGrants");

            migrationBuilder.DropIndex(
                name: "IX_ShareGrants_InvitationHash",
                schema: "coaching",
                table: "ShareGrants");

            migrationBuilder.DropIndex(
                name: "IX_ShareGrants_OwnerId_SessionId",
                schema: "coaching",
                table: "ShareGrants");

            migrationBuilder.DropColumn(
                name: "GranteeEmail",
                schema: "coaching",
                table: "ShareGrants");

            migrationBuilder.DropColumn(
                name: "GranteeId",
                schema: "coaching",
                table: "ShareGrants");

            migrationBuilder.DropColumn(
                name: "InvitationHash",
                schema: "coaching",
                table: "ShareGrants");

            migrationBuilder.AlterColumn<Guid>(
                name: "SessionId",
                schema: "coaching",
                table: "ShareGrants",
                type: "TEXT",
                nullable: false,
                defaultValue: new Guid("00000000-0000-0000-0000-000000000000"),
                oldClrType: typeof(Guid),
                oldType: "TEXT",
                oldNullable: true);

            migrationBuilder.AddColumn<string>(
                name: "CoachId",
                schema: "coaching",
                table: "ShareGrants",
                type: "TEXT",
                maxLength: 64,
                nullable: false,
                defaultValue: "");

            migrationBuilder.CreateIndex(
                name: "IX_ShareGrants_CoachId_SessionId",
                schema: "coaching",
                table: "ShareGrants",
                columns: new[] { "CoachId", "SessionId" });

            migrationBuilder.CreateIndex(
                name: "IX_ShareGrants_OwnerId",
                schema: "coaching",
                table: "ShareGrants",
                column: "OwnerId");
        }
    }
}
