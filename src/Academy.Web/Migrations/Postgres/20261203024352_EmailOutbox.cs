using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Academy.Web.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class EmailOutbox : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "CohortSlug",
                schema: "cohorts",
                table: "cohorts_notifications",
                type: "character varying(100)",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Kind",
                schema: "cohorts",
                table: "cohorts_notifications",
                type: "character varying(32)",
                maxLength: 32,
                nullable: false,
                defaultValue: "Discussion");

            migrationBuilder.AddColumn<string>(
                name: "OnceKey",
                schema: "cohorts",
                table: "cohorts_notifications",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "host_email_outbox",
                schema: "host",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    UserId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: true),
                    ToAddress = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    ToName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Subject = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    TextBody = table.Column<string>(type: "text", nullable: false),
                    HtmlBody = table.Column<string>(type: "text", nullable: false),
                    Topic = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    UnsubscribeUrl = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    OnceKey = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    SendBefore = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    Status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    NextAttemptAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Attempts = table.Column<int>(type: "integer", nullable: false),
                    LastError = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    ClaimedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    SentAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_host_email_outbox", x => x.Id);
                    table.ForeignKey(
                        name: "FK_host_email_outbox_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "host_email_preferences",
                schema: "host",
                columns: table => new
                {
                    UserId = table.Column<string>(type: "text", nullable: false),
                    Kind = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Delivery = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_host_email_preferences", x => new { x.UserId, x.Kind });
                    table.ForeignKey(
                        name: "FK_host_email_preferences_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            // Notifications written before kinds existed get the kind their words and links say (the rest were conversations);
            // a member who had not asked for the daily digest keeps getting none: what it held becomes "only in the app".
            migrationBuilder.Sql("UPDATE cohorts.cohorts_notifications SET \"Kind\" = 'Announcement' WHERE \"Text\" LIKE 'New announcement from %'");
            migrationBuilder.Sql("UPDATE cohorts.cohorts_notifications SET \"Kind\" = 'Networking' WHERE \"Url\" = '/connections'");
            migrationBuilder.Sql("UPDATE cohorts.cohorts_notifications SET \"Kind\" = 'Other' WHERE \"Url\" LIKE '%/reflections/review' OR \"Text\" LIKE 'You were enrolled in %'");
            migrationBuilder.Sql("UPDATE cohorts.cohorts_notifications SET \"Kind\" = 'ReflectionFeedback' WHERE \"Kind\" = 'Discussion' AND \"Url\" LIKE '%/reflections/%'");
            migrationBuilder.Sql("INSERT INTO host.host_email_preferences (\"UserId\", \"Kind\", \"Delivery\") SELECT \"Id\", 'Discussion', 'InApp' FROM \"AspNetUsers\" WHERE NOT \"WantsDailyDigest\"");
            migrationBuilder.Sql("INSERT INTO host.host_email_preferences (\"UserId\", \"Kind\", \"Delivery\") SELECT \"Id\", 'Other', 'InApp' FROM \"AspNetUsers\" WHERE NOT \"WantsDailyDigest\"");

            migrationBuilder.DropColumn(
                name: "WantsDailyDigest",
                table: "AspNetUsers");

            migrationBuilder.CreateIndex(
                name: "IX_cohorts_notifications_UserId_OnceKey",
                schema: "cohorts",
                table: "cohorts_notifications",
                columns: new[] { "UserId", "OnceKey" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_host_email_outbox_Status_NextAttemptAt",
                schema: "host",
                table: "host_email_outbox",
                columns: new[] { "Status", "NextAttemptAt" });

            migrationBuilder.CreateIndex(
                name: "IX_host_email_outbox_UserId",
                schema: "host",
                table: "host_email_outbox",
                column: "UserId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "host_email_outbox",
                schema: "host");

            migrationBuilder.DropTable(
                name: "host_email_preferences",
                schema: "host");

            migrationBuilder.DropIndex(
                name: "IX_cohorts_notifications_UserId_OnceKey",
                schema: "cohorts",
                table: "cohorts_notifications");

            migrationBuilder.DropColumn(
                name: "CohortSlug",
                schema: "cohorts",
                table: "cohorts_notifications");

            migrationBuilder.DropColumn(
                name: "Kind",
                schema: "cohorts",
                table: "cohorts_notifications");

            migrationBuilder.DropColumn(
                name: "OnceKey",
                schema: "cohorts",
                table: "cohorts_notifications");

            migrationBuilder.AddColumn<bool>(
                name: "WantsDailyDigest",
                table: "AspNetUsers",
                type: "boolean",
                nullable: false,
                defaultValue: false);
        }
    }
}
