using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Academy.Web.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class ConversationDraftsAndReaders : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Draft",
                schema: "cohorts",
                table: "cohorts_conversation_members",
                type: "nvarchar(max)",
                maxLength: 10000,
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "DraftSavedAt",
                schema: "cohorts",
                table: "cohorts_conversation_members",
                type: "datetimeoffset",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "cohorts_conversation_readers",
                schema: "cohorts",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    ConversationId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    UserId = table.Column<string>(type: "nvarchar(450)", maxLength: 450, nullable: false),
                    ExpiresAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_cohorts_conversation_readers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_cohorts_conversation_readers_cohorts_conversations_ConversationId",
                        column: x => x.ConversationId,
                        principalSchema: "cohorts",
                        principalTable: "cohorts_conversations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_cohorts_conversation_readers_ConversationId_UserId",
                schema: "cohorts",
                table: "cohorts_conversation_readers",
                columns: new[] { "ConversationId", "UserId" });

            migrationBuilder.CreateIndex(
                name: "IX_cohorts_conversation_readers_ExpiresAt",
                schema: "cohorts",
                table: "cohorts_conversation_readers",
                column: "ExpiresAt");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "cohorts_conversation_readers",
                schema: "cohorts");

            migrationBuilder.DropColumn(
                name: "Draft",
                schema: "cohorts",
                table: "cohorts_conversation_members");

            migrationBuilder.DropColumn(
                name: "DraftSavedAt",
                schema: "cohorts",
                table: "cohorts_conversation_members");
        }
    }
}
