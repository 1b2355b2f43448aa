using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Academy.Web.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Discussions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "discussions_spaces",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CohortSlug = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    Key = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    ModuleSlug = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    Position = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_discussions_spaces", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "discussions_threads",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    SpaceId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CohortSlug = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Number = table.Column<int>(type: "INTEGER", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    AuthorId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    AuthorName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    LastPostAt = table.Column<long>(type: "INTEGER", nullable: false),
                    LastPostAuthorName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    PostCount = table.Column<int>(type: "INTEGER", nullable: false),
                    IsPinned = table.Column<bool>(type: "INTEGER", nullable: false),
                    IsLocked = table.Column<bool>(type: "INTEGER", nullable: false),
                    LockReason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_discussions_threads", x => x.Id);
                    table.ForeignKey(
                        name: "FK_discussions_threads_discussions_spaces_SpaceId",
                        column: x => x.SpaceId,
                        principalTable: "discussions_spaces",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "discussions_posts",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ThreadId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Sequence = table.Column<int>(type: "INTEGER", nullable: false),
                    ParentSequence = table.Column<int>(type: "INTEGER", nullable: true),
                    RootSequence = table.Column<int>(type: "INTEGER", nullable: false),
                    QuotedSequence = table.Column<int>(type: "INTEGER", nullable: true),
                    AuthorId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    AuthorName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    BodyMarkdown = table.Column<string>(type: "TEXT", nullable: false),
                    BodyHtml = table.Column<string>(type: "TEXT", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    EditedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    EditCount = table.Column<int>(type: "INTEGER", nullable: false),
                    DeletedAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_discussions_posts", x => x.Id);
                    table.ForeignKey(
                        name: "FK_discussions_posts_discussions_threads_ThreadId",
                        column: x => x.ThreadId,
                        principalTable: "discussions_threads",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "discussions_read_marks",
                columns: table => new
                {
                    UserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    ThreadId = table.Column<Guid>(type: "TEXT", nullable: false),
                    LastReadSequence = table.Column<int>(type: "INTEGER", nullable: false),
                    ReadAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_discussions_read_marks", x => new { x.UserId, x.ThreadId });
                    table.ForeignKey(
                        name: "FK_discussions_read_marks_discussions_threads_ThreadId",
                        column: x => x.ThreadId,
                        principalTable: "discussions_threads",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "discussions_post_revisions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PostId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Number = table.Column<int>(type: "INTEGER", nullable: false),
                    BodyMarkdown = table.Column<string>(type: "TEXT", nullable: false),
                    BodyHtml = table.Column<string>(type: "TEXT", nullable: false),
                    WrittenAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_discussions_post_revisions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_discussions_post_revisions_discussions_posts_PostId",
                        column: x => x.PostId,
                        principalTable: "discussions_posts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_discussions_post_revisions_PostId_Number",
                table: "discussions_post_revisions",
                columns: new[] { "PostId", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_discussions_posts_AuthorId_CreatedAt",
                table: "discussions_posts",
                columns: new[] { "AuthorId", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_discussions_posts_ThreadId_RootSequence",
                table: "discussions_posts",
                columns: new[] { "ThreadId", "RootSequence" });

            migrationBuilder.CreateIndex(
                name: "IX_discussions_posts_ThreadId_Sequence",
                table: "discussions_posts",
                columns: new[] { "ThreadId", "Sequence" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_discussions_read_marks_ThreadId",
                table: "discussions_read_marks",
                column: "ThreadId");

            migrationBuilder.CreateIndex(
                name: "IX_discussions_spaces_CohortSlug_Key",
                table: "discussions_spaces",
                columns: new[] { "CohortSlug", "Key" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_discussions_threads_CohortSlug_Number",
                table: "discussions_threads",
                columns: new[] { "CohortSlug", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_discussions_threads_SpaceId_IsPinned_LastPostAt",
                table: "discussions_threads",
                columns: new[] { "SpaceId", "IsPinned", "LastPostAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "discussions_post_revisions");

            migrationBuilder.DropTable(
                name: "discussions_read_marks");

            migrationBuilder.DropTable(
                name: "discussions_posts");

            migrationBuilder.DropTable(
                name: "discussions_threads");

            migrationBuilder.DropTable(
                name: "discussions_spaces");
        }
    }
}
