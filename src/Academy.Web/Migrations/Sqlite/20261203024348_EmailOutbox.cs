using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Academy.Web.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class EmailOutbox : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "CohortSlug",
                table: "cohorts_notifications",
                type: "TEXT",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Kind",
                table: "cohorts_notifications",
                type: "TEXT",
                maxLength: 32,
                nullable: false,
                defaultValue: "Discussion");

            migrationBuilder.AddColumn<string>(
                name: "OnceKey",
                table: "cohorts_notifications",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "host_email_outbox",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    UserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true),
                    ToAddress = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    ToName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Subject = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    TextBody = table.Column<string>(type: "TEXT", nullable: false),
                    HtmlBody = table.Column<string>(type: "TEXT", nullable: false),
                    Topic = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    UnsubscribeUrl = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    OnceKey = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    SendBefore = table.Column<long>(type: "INTEGER", nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    NextAttemptAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Attempts = table.Column<int>(type: "INTEGER", nullable: false),
                    LastError = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    ClaimedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    SentAt = table.Column<long>(type: "INTEGER", nullable: true)
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
                columns: table => new
                {
                    UserId = table.Column<string>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Delivery = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false)
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
            migrationBuilder.Sql("UPDATE \"cohorts_notifications\" SET \"Kind\" = 'Announcement' WHERE \"Text\" LIKE 'New announcement from %'");
            migrationBuilder.Sql("UPDATE \"cohorts_notifications\" SET \"Kind\" = 'Networking' WHERE \"Url\" = '/connections'");
            migrationBuilder.Sql("UPDATE \"cohorts_notifications\" SET \"Kind\" = 'Other' WHERE \"Url\" LIKE '%/reflections/review' OR \"Text\" LIKE 'You were enrolled in %'");
            migrationBuilder.Sql("UPDATE \"cohorts_notifications\" SET \"Kind\" = 'ReflectionFeedback' WHERE \"Kind\" = 'Discussion' AND \"Url\" LIKE '%/reflections/%'");
            migrationBuilder.Sql("INSERT INTO \"host_email_preferences\" (\"UserId\", \"Kind\", \"Delivery\") SELECT \"Id\", 'Discussion', 'InApp' FROM \"AspNetUsers\" WHERE NOT \"WantsDailyDigest\"");
            migrationBuilder.Sql("INSERT INTO \"host_email_preferences\" (\"UserId\", \"Kind\", \"Delivery\") SELECT \"Id\", 'Other', 'InApp' FROM \"AspNetUsers\" WHERE NOT \"WantsDailyDigest\"");

            // SQLite drops the column in place (3.35 and later): EF's DropColumn would rebuild the accounts table with the
            // foreign keys switched off, outside the migration's transaction.
            migrationBuilder.Sql("ALTER TABLE \"AspNetUsers\" DROP COLUMN \"WantsDailyDigest\"");

            migrationBuilder.CreateIndex(
                name: "IX_cohorts_notifications_UserId_OnceKey",
                table: "cohorts_notifications",
                columns: new[] { "UserId", "OnceKey" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_host_email_outbox_Status_NextAttemptAt",
                table: "host_email_outbox",
                columns: new[] { "Status", "NextAttemptAt" });

            migrationBuilder.CreateIndex(
                name: "IX_host_email_outbox_UserId",
                table: "host_email_outbox",
                column: "UserId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "host_email_outbox");

            migrationBuilder.DropTable(
                name: "host_email_preferences");

            migrationBuilder.DropIndex(
                name: "IX_cohorts_notifications_UserId_OnceKey",
                table: "cohorts_notifications");

            migrationBuilder.DropColumn(
                name: "CohortSlug",
                table: "cohorts_notifications");

            migrationBuilder.DropColumn(
                name: "Kind",
                table: "cohorts_notifications");

            migrationBuilder.DropColumn(
                name: "OnceKey",
                table: "cohorts_notifications");

            migrationBuilder.AddColumn<bool>(
                name: "WantsDailyDigest",
                table: "AspNetUsers",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);
        }
    }
}
