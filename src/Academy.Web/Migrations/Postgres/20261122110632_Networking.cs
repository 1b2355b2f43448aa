using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Academy.Web.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class Networking : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "AvatarVersion",
                schema: "cohorts",
                table: "cohorts_profiles",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "BioHtml",
                schema: "cohorts",
                table: "cohorts_profiles",
                type: "text",
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "BioMarkdown",
                schema: "cohorts",
                table: "cohorts_profiles",
                type: "character varying(2000)",
                maxLength: 2000,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "BlogUrl",
                schema: "cohorts",
                table: "cohorts_profiles",
                type: "character varying(300)",
                maxLength: 300,
                nullable: true);

            migrationBuilder.AddColumn<List<string>>(
                name: "Expertise",
                schema: "cohorts",
                table: "cohorts_profiles",
                type: "text[]",
                nullable: false);

            migrationBuilder.AddColumn<List<string>>(
                name: "Interests",
                schema: "cohorts",
                table: "cohorts_profiles",
                type: "text[]",
                nullable: false);

            migrationBuilder.AddColumn<string>(
                name: "LinkedInUrl",
                schema: "cohorts",
                table: "cohorts_profiles",
                type: "character varying(300)",
                maxLength: 300,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "ShowsActivity",
                schema: "cohorts",
                table: "cohorts_profiles",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<string>(
                name: "Visibility",
                schema: "cohorts",
                table: "cohorts_profiles",
                type: "jsonb",
                nullable: false,
                defaultValue: "{}");

            migrationBuilder.AddColumn<string>(
                name: "WebsiteUrl",
                schema: "cohorts",
                table: "cohorts_profiles",
                type: "character varying(300)",
                maxLength: 300,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "XUrl",
                schema: "cohorts",
                table: "cohorts_profiles",
                type: "character varying(300)",
                maxLength: 300,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "cohorts_avatars",
                schema: "cohorts",
                columns: table => new
                {
                    UserId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    ContentType = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Bytes = table.Column<byte[]>(type: "bytea", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_cohorts_avatars", x => x.UserId);
                });

            migrationBuilder.CreateTable(
                name: "cohorts_connection_requests",
                schema: "cohorts",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    FromUserId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    ToUserId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    Note = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    DecidedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    ReachesReceiver = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_cohorts_connection_requests", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "cohorts_connections",
                schema: "cohorts",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    FirstUserId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    SecondUserId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    IntroducedBy = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: true),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_cohorts_connections", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "cohorts_introductions",
                schema: "cohorts",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    RequesterId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    IntroducerId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    TargetId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    RequesterNote = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    IntroducerNote = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ForwardedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    DecidedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_cohorts_introductions", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_cohorts_connection_requests_FromUserId_Status",
                schema: "cohorts",
                table: "cohorts_connection_requests",
                columns: new[] { "FromUserId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_cohorts_connection_requests_ToUserId_Status",
                schema: "cohorts",
                table: "cohorts_connection_requests",
                columns: new[] { "ToUserId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_cohorts_connections_FirstUserId_SecondUserId",
                schema: "cohorts",
                table: "cohorts_connections",
                columns: new[] { "FirstUserId", "SecondUserId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_cohorts_connections_SecondUserId",
                schema: "cohorts",
                table: "cohorts_connections",
                column: "SecondUserId");

            migrationBuilder.CreateIndex(
                name: "IX_cohorts_introductions_IntroducerId_Status",
                schema: "cohorts",
                table: "cohorts_introductions",
                columns: new[] { "IntroducerId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_cohorts_introductions_RequesterId_Status",
                schema: "cohorts",
                table: "cohorts_introductions",
                columns: new[] { "RequesterId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_cohorts_introductions_TargetId_Status",
                schema: "cohorts",
                table: "cohorts_introductions",
                columns: new[] { "TargetId", "Status" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "cohorts_avatars",
                schema: "cohorts");

            migrationBuilder.DropTable(
                name: "cohorts_connection_requests",
                schema: "cohorts");

            migrationBuilder.DropTable(
                name: "cohorts_connections",
                schema: "cohorts");

            migrationBuilder.DropTable(
                name: "cohorts_introductions",
                schema: "cohorts");

            migrationBuilder.DropColumn(
                name: "AvatarVersion",
                schema: "cohorts",
                table: "cohorts_profiles");

            migrationBuilder.DropColumn(
                name: "BioHtml",
                schema: "cohorts",
                table: "cohorts_profiles");

            migrationBuilder.DropColumn(
                name: "BioMarkdown",
                schema: "cohorts",
                table: "cohorts_profiles");

            migrationBuilder.DropColumn(
                name: "BlogUrl",
                schema: "cohorts",
                table: "cohorts_profiles");

            migrationBuilder.DropColumn(
                name: "Expertise",
                schema: "cohorts",
                table: "cohorts_profiles");

            migrationBuilder.DropColumn(
                name: "Interests",
                schema: "cohorts",
                table: "cohorts_profiles");

            migrationBuilder.DropColumn(
                name: "LinkedInUrl",
                schema: "cohorts",
                table: "cohorts_profiles");

            migrationBuilder.DropColumn(
                name: "ShowsActivity",
                schema: "cohorts",
                table: "cohorts_profiles");

            migrationBuilder.DropColumn(
                name: "Visibility",
                schema: "cohorts",
                table: "cohorts_profiles");

            migrationBuilder.DropColumn(
                name: "WebsiteUrl",
                schema: "cohorts",
                table: "cohorts_profiles");

            migrationBuilder.DropColumn(
                name: "XUrl",
                schema: "cohorts",
                table: "cohorts_profiles");
        }
    }
}
