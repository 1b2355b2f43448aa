using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Academy.Web.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class PrivateMessages : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "cohorts_conversations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 120, nullable: true),
                    IsRequest = table.Column<bool>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    LastMessageAt = table.Column<long>(type: "INTEGER", nullable: false),
                    MessageCount = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_cohorts_conversations", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "cohorts_person_blocks",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    BlockerId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    BlockedId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_cohorts_person_blocks", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "cohorts_conversation_members",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ConversationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    UserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    DisplayName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Standing = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    JoinedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    LastReadNumber = table.Column<int>(type: "INTEGER", nullable: false),
                    IsMuted = table.Column<bool>(type: "INTEGER", nullable: false),
                    AnsweredAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_cohorts_conversation_members", x => x.Id);
                    table.ForeignKey(
                        name: "FK_cohorts_conversation_members_cohorts_conversations_ConversationId",
                        column: x => x.ConversationId,
                        principalTable: "cohorts_conversations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "cohorts_private_messages",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ConversationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Number = table.Column<int>(type: "INTEGER", nullable: false),
                    AuthorId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true),
                    AuthorName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Markdown = table.Column<string>(type: "TEXT", nullable: false),
                    Html = table.Column<string>(type: "TEXT", nullable: false),
                    SentAt = table.Column<long>(type: "INTEGER", nullable: false),
                    EditedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    DeletedAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_cohorts_private_messages", x => x.Id);
                    table.ForeignKey(
                        name: "FK_cohorts_private_messages_cohorts_conversations_ConversationId",
                        column: x => x.ConversationId,
                        principalTable: "cohorts_conversations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_cohorts_conversation_members_ConversationId_UserId",
                table: "cohorts_conversation_members",
                columns: new[] { "ConversationId", "UserId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_cohorts_conversation_members_UserId_Standing",
                table: "cohorts_conversation_members",
                columns: new[] { "UserId", "Standing" });

            migrationBuilder.CreateIndex(
                name: "IX_cohorts_person_blocks_BlockedId",
                table: "cohorts_person_blocks",
                column: "BlockedId");

            migrationBuilder.CreateIndex(
                name: "IX_cohorts_person_blocks_BlockerId_BlockedId",
                table: "cohorts_person_blocks",
                columns: new[] { "BlockerId", "BlockedId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_cohorts_private_messages_AuthorId",
                table: "cohorts_private_messages",
                column: "AuthorId");

            migrationBuilder.CreateIndex(
                name: "IX_cohorts_private_messages_ConversationId_Number",
                table: "cohorts_private_messages",
                columns: new[] { "ConversationId", "Number" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "cohorts_conversation_members");

            migrationBuilder.DropTable(
                name: "cohorts_person_blocks");

            migrationBuilder.DropTable(
                name: "cohorts_private_messages");

            migrationBuilder.DropTable(
                name: "cohorts_conversations");
        }
    }
}
