using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Academy.Web.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class PrivateMessages : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "cohorts_conversations",
                schema: "cohorts",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Title = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: true),
                    IsRequest = table.Column<bool>(type: "boolean", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    LastMessageAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    MessageCount = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_cohorts_conversations", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "cohorts_person_blocks",
                schema: "cohorts",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    BlockerId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    BlockedId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_cohorts_person_blocks", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "cohorts_conversation_members",
                schema: "cohorts",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ConversationId = table.Column<Guid>(type: "uuid", nullable: false),
                    UserId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    DisplayName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Standing = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    JoinedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    LastReadNumber = table.Column<int>(type: "integer", nullable: false),
                    IsMuted = table.Column<bool>(type: "boolean", nullable: false),
                    AnsweredAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_cohorts_conversation_members", x => x.Id);
                    table.ForeignKey(
                        name: "FK_cohorts_conversation_members_cohorts_conversations_Conversa~",
                        column: x => x.ConversationId,
                        principalSchema: "cohorts",
                        principalTable: "cohorts_conversations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "cohorts_private_messages",
                schema: "cohorts",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ConversationId = table.Column<Guid>(type: "uuid", nullable: false),
                    Number = table.Column<int>(type: "integer", nullable: false),
                    AuthorId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: true),
                    AuthorName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Markdown = table.Column<string>(type: "text", nullable: false),
                    Html = table.Column<string>(type: "text", nullable: false),
                    SentAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    EditedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    DeletedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_cohorts_private_messages", x => x.Id);
                    table.ForeignKey(
                        name: "FK_cohorts_private_messages_cohorts_conversations_Conversation~",
                        column: x => x.ConversationId,
                        principalSchema: "cohorts",
                        principalTable: "cohorts_conversations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_cohorts_conversation_members_ConversationId_UserId",
                schema: "cohorts",
                table: "cohorts_conversation_members",
                columns: new[] { "ConversationId", "UserId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_cohorts_conversation_members_UserId_Standing",
                schema: "cohorts",
                table: "cohorts_conversation_members",
                columns: new[] { "UserId", "Standing" });

            migrationBuilder.CreateIndex(
                name: "IX_cohorts_person_blocks_BlockedId",
                schema: "cohorts",
                table: "cohorts_person_blocks",
                column: "BlockedId");

            migrationBuilder.CreateIndex(
                name: "IX_cohorts_person_blocks_BlockerId_BlockedId",
                schema: "cohorts",
                table: "cohorts_person_blocks",
                columns: new[] { "BlockerId", "BlockedId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_cohorts_private_messages_AuthorId",
                schema: "cohorts",
                table: "cohorts_private_messages",
                column: "AuthorId");

            migrationBuilder.CreateIndex(
                name: "IX_cohorts_private_messages_ConversationId_Number",
                schema: "cohorts",
                table: "cohorts_private_messages",
                columns: new[] { "ConversationId", "Number" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "cohorts_conversation_members",
                schema: "cohorts");

            migrationBuilder.DropTable(
                name: "cohorts_person_blocks",
                schema: "cohorts");

            migrationBuilder.DropTable(
                name: "cohorts_private_messages",
                schema: "cohorts");

            migrationBuilder.DropTable(
                name: "cohorts_conversations",
                schema: "cohorts");
        }
    }
}
