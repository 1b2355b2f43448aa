using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Academy.Web.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Networking : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "AvatarVersion",
                table: "cohorts_profiles",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "BioHtml",
                table: "cohorts_profiles",
                type: "TEXT",
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "BioMarkdown",
                table: "cohorts_profiles",
                type: "TEXT",
                maxLength: 2000,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "BlogUrl",
                table: "cohorts_profiles",
                type: "TEXT",
                maxLength: 300,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Expertise",
                table: "cohorts_profiles",
                type: "TEXT",
                nullable: false,
                defaultValue: "[]");

            migrationBuilder.AddColumn<string>(
                name: "Interests",
                table: "cohorts_profiles",
                type: "TEXT",
                nullable: false,
                defaultValue: "[]");

            migrationBuilder.AddColumn<string>(
                name: "LinkedInUrl",
                table: "cohorts_profiles",
                type: "TEXT",
                maxLength: 300,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "ShowsActivity",
                table: "cohorts_profiles",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<string>(
                name: "Visibility",
                table: "cohorts_profiles",
                type: "TEXT",
                nullable: false,
                defaultValue: "{}");

            migrationBuilder.AddColumn<string>(
                name: "WebsiteUrl",
                table: "cohorts_profiles",
                type: "TEXT",
                maxLength: 300,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "XUrl",
                table: "cohorts_profiles",
                type: "TEXT",
                maxLength: 300,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "cohorts_avatars",
                columns: table => new
                {
                    UserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    ContentType = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Bytes = table.Column<byte[]>(type: "BLOB", nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_cohorts_avatars", x => x.UserId);
                });

            migrationBuilder.CreateTable(
                name: "cohorts_connection_requests",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    FromUserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    ToUserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    DecidedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    ReachesReceiver = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_cohorts_connection_requests", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "cohorts_connections",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    FirstUserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    SecondUserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    IntroducedBy = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_cohorts_connections", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "cohorts_introductions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    RequesterId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    IntroducerId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    TargetId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    RequesterNote = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    IntroducerNote = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ForwardedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    DecidedAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_cohorts_introductions", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_cohorts_connection_requests_FromUserId_Status",
                table: "cohorts_connection_requests",
                columns: new[] { "FromUserId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_cohorts_connection_requests_ToUserId_Status",
                table: "cohorts_connection_requests",
                columns: new[] { "ToUserId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_cohorts_connections_FirstUserId_SecondUserId",
                table: "cohorts_connections",
                columns: new[] { "FirstUserId", "SecondUserId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_cohorts_connections_SecondUserId",
                table: "cohorts_connections",
                column: "SecondUserId");

            migrationBuilder.CreateIndex(
                name: "IX_cohorts_introductions_IntroducerId_Status",
                table: "cohorts_introductions",
                columns: new[] { "IntroducerId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_cohorts_introductions_RequesterId_Status",
                table: "cohorts_introductions",
                columns: new[] { "RequesterId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_cohorts_introductions_TargetId_Status",
                table: "cohorts_introductions",
                columns: new[] { "TargetId", "Status" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "cohorts_avatars");

            migrationBuilder.DropTable(
                name: "cohorts_connection_requests");

            migrationBuilder.DropTable(
                name: "cohorts_connections");

            migrationBuilder.DropTable(
                name: "cohorts_introductions");

            migrationBuilder.DropColumn(
                name: "AvatarVersion",
                table: "cohorts_profiles");

            migrationBuilder.DropColumn(
                name: "BioHtml",
                table: "cohorts_profiles");

            migrationBuilder.DropColumn(
                name: "BioMarkdown",
                table: "cohorts_profiles");

            migrationBuilder.DropColumn(
                name: "BlogUrl",
                table: "cohorts_profiles");

            migrationBuilder.DropColumn(
                name: "Expertise",
                table: "cohorts_profiles");

            migrationBuilder.DropColumn(
                name: "Interests",
                table: "cohorts_profiles");

            migrationBuilder.DropColumn(
                name: "LinkedInUrl",
                table: "cohorts_profiles");

            migrationBuilder.DropColumn(
                name: "ShowsActivity",
                table: "cohorts_profiles");

            migrationBuilder.DropColumn(
                name: "Visibility",
                table: "cohorts_profiles");

            migrationBuilder.DropColumn(
                name: "WebsiteUrl",
                table: "cohorts_profiles");

            migrationBuilder.DropColumn(
                name: "XUrl",
                table: "cohorts_profiles");
        }
    }
}
