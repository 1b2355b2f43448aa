using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Academy.Web.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ConversationDraftsAndReaders : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Draft",
                table: "cohorts_conversation_members",
                type: "TEXT",
                maxLength: 10000,
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "DraftSavedAt",
                table: "cohorts_conversation_members",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "cohorts_conversation_readers",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ConversationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    UserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    ExpiresAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_cohorts_conversation_readers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_cohorts_conversation_readers_cohorts_conversations_ConversationId",
                        column: x => x.ConversationId,
                        principalTable: "cohorts_conversations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_cohorts_conversation_readers_ConversationId_UserId",
                table: "cohorts_conversation_readers",
                columns: new[] { "ConversationId", "UserId" });

            migrationBuilder.CreateIndex(
                name: "IX_cohorts_conversation_readers_ExpiresAt",
                table: "cohorts_conversation_readers",
                column: "ExpiresAt");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "cohorts_conversation_readers");

            migrationBuilder.DropColumn(
                name: "Draft",
                table: "cohorts_conversation_members");

            migrationBuilder.DropColumn(
                name: "DraftSavedAt",
                table: "cohorts_conversation_members");
        }
    }
}
