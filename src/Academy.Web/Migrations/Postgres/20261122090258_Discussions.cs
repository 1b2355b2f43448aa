using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Academy.Web.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class Discussions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.EnsureSchema(
                name: "discussions");

            migrationBuilder.CreateTable(
                name: "discussions_spaces",
                schema: "discussions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CohortSlug = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Kind = table.Column<int>(type: "integer", nullable: false),
                    Key = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    ModuleSlug = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    Title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Description = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    Position = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_discussions_spaces", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "discussions_threads",
                schema: "discussions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    SpaceId = table.Column<Guid>(type: "uuid", nullable: false),
                    CohortSlug = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Number = table.Column<int>(type: "integer", nullable: false),
                    Title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    AuthorId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    AuthorName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    LastPostAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    LastPostAuthorName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    PostCount = table.Column<int>(type: "integer", nullable: false),
                    IsPinned = table.Column<bool>(type: "boolean", nullable: false),
                    IsLocked = table.Column<bool>(type: "boolean", nullable: false),
                    LockReason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_discussions_threads", x => x.Id);
                    table.ForeignKey(
                        name: "FK_discussions_threads_discussions_spaces_SpaceId",
                        column: x => x.SpaceId,
                        principalSchema: "discussions",
                        principalTable: "discussions_spaces",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "discussions_posts",
                schema: "discussions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ThreadId = table.Column<Guid>(type: "uuid", nullable: false),
                    Sequence = table.Column<int>(type: "integer", nullable: false),
                    ParentSequence = table.Column<int>(type: "integer", nullable: true),
                    RootSequence = table.Column<int>(type: "integer", nullable: false),
                    QuotedSequence = table.Column<int>(type: "integer", nullable: true),
                    AuthorId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    AuthorName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    BodyMarkdown = table.Column<string>(type: "text", nullable: false),
                    BodyHtml = table.Column<string>(type: "text", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    EditedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    EditCount = table.Column<int>(type: "integer", nullable: false),
                    DeletedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_discussions_posts", x => x.Id);
                    table.ForeignKey(
                        name: "FK_discussions_posts_discussions_threads_ThreadId",
                        column: x => x.ThreadId,
                        principalSchema: "discussions",
                        principalTable: "discussions_threads",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "discussions_read_marks",
                schema: "discussions",
                columns: table => new
                {
                    UserId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    ThreadId = table.Column<Guid>(type: "uuid", nullable: false),
                    LastReadSequence = table.Column<int>(type: "integer", nullable: false),
                    ReadAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_discussions_read_marks", x => new { x.UserId, x.ThreadId });
                    table.ForeignKey(
                        name: "FK_discussions_read_marks_discussions_threads_ThreadId",
                        column: x => x.ThreadId,
                        principalSchema: "discussions",
                        principalTable: "discussions_threads",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "discussions_post_revisions",
                schema: "discussions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    PostId = table.Column<Guid>(type: "uuid", nullable: false),
                    Number = table.Column<int>(type: "integer", nullable: false),
                    BodyMarkdown = table.Column<string>(type: "text", nullable: false),
                    BodyHtml = table.Column<string>(type: "text", nullable: false),
                    WrittenAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_discussions_post_revisions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_discussions_post_revisions_discussions_posts_PostId",
                        column: x => x.PostId,
                        principalSchema: "discussions",
                        principalTable: "discussions_posts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_discussions_post_revisions_PostId_Number",
                schema: "discussions",
                table: "discussions_post_revisions",
                columns: new[] { "PostId", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_discussions_posts_AuthorId_CreatedAt",
                schema: "discussions",
                table: "discussions_posts",
                columns: new[] { "AuthorId", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_discussions_posts_ThreadId_RootSequence",
                schema: "discussions",
                table: "discussions_posts",
                columns: new[] { "ThreadId", "RootSequence" });

            migrationBuilder.CreateIndex(
                name: "IX_discussions_posts_ThreadId_Sequence",
                schema: "discussions",
                table: "discussions_posts",
                columns: new[] { "ThreadId", "Sequence" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_discussions_read_marks_ThreadId",
                schema: "discussions",
                table: "discussions_read_marks",
                column: "ThreadId");

            migrationBuilder.CreateIndex(
                name: "IX_discussions_spaces_CohortSlug_Key",
                schema: "discussions",
                table: "discussions_spaces",
                columns: new[] { "CohortSlug", "Key" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_discussions_threads_CohortSlug_Number",
                schema: "discussions",
                table: "discussions_threads",
                columns: new[] { "CohortSlug", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_discussions_threads_SpaceId_IsPinned_LastPostAt",
                schema: "discussions",
                table: "discussions_threads",
                columns: new[] { "SpaceId", "IsPinned", "LastPostAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "discussions_post_revisions",
                schema: "discussions");

            migrationBuilder.DropTable(
                name: "discussions_read_marks",
                schema: "discussions");

            migrationBuilder.DropTable(
                name: "discussions_posts",
                schema: "discussions");

            migrationBuilder.DropTable(
                name: "discussions_threads",
                schema: "discussions");

            migrationBuilder.DropTable(
                name: "discussions_spaces",
                schema: "discussions");
        }
    }
}
