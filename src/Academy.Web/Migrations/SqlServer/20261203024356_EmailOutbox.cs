using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Academy.Web.Migrations.SqlServer
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
                type: "nvarchar(100)",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Kind",
                schema: "cohorts",
                table: "cohorts_notifications",
                type: "nvarchar(32)",
                maxLength: 32,
                nullable: false,
                defaultValue: "Discussion");

            migrationBuilder.AddColumn<string>(
                name: "OnceKey",
                schema: "cohorts",
                table: "cohorts_notifications",
                type: "nvarchar(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "host_email_outbox",
                schema: "host",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    UserId = table.Column<string>(type: "nvarchar(450)", maxLength: 450, nullable: true),
                    ToAddress = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: false),
                    ToName = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    Subject = table.Column<string>(type: "nvarchar(300)", maxLength: 300, nullable: false),
                    TextBody = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    HtmlBody = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    Topic = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: true),
                    UnsubscribeUrl = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: true),
                    OnceKey = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    SendBefore = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    Status = table.Column<string>(type: "nvarchar(16)", maxLength: 16, nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    NextAttemptAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    Attempts = table.Column<int>(type: "int", nullable: false),
                    LastError = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: true),
                    ClaimedBy = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    SentAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true)
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
                    UserId = table.Column<string>(type: "nvarchar(450)", nullable: false),
                    Kind = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    Delivery = table.Column<string>(type: "nvarchar(16)", maxLength: 16, nullable: false)
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
            // (The inserts name a column this migration drops: in EXEC, so the idempotent script still compiles when run again.)
            migrationBuilder.Sql("UPDATE [cohorts].[cohorts_notifications] SET [Kind] = 'Announcement' WHERE [Text] LIKE 'New announcement from %'");
            migrationBuilder.Sql("UPDATE [cohorts].[cohorts_notifications] SET [Kind] = 'Networking' WHERE [Url] = '/connections'");
            migrationBuilder.Sql("UPDATE [cohorts].[cohorts_notifications] SET [Kind] = 'Other' WHERE [Url] LIKE '%/reflections/review' OR [Text] LIKE 'You were enrolled in %'");
            migrationBuilder.Sql("UPDATE [cohorts].[cohorts_notifications] SET [Kind] = 'ReflectionFeedback' WHERE [Kind] = 'Discussion' AND [Url] LIKE '%/reflections/%'");
            migrationBuilder.Sql("EXEC(N'INSERT INTO [host].[host_email_preferences] ([UserId], [Kind], [Delivery]) SELECT [Id], ''Discussion'', ''InApp'' FROM [AspNetUsers] WHERE [WantsDailyDigest] = 0')");
            migrationBuilder.Sql("EXEC(N'INSERT INTO [host].[host_email_preferences] ([UserId], [Kind], [Delivery]) SELECT [Id], ''Other'', ''InApp'' FROM [AspNetUsers] WHERE [WantsDailyDigest] = 0')");

            migrationBuilder.DropColumn(
                name: "WantsDailyDigest",
                table: "AspNetUsers");

            migrationBuilder.CreateIndex(
                name: "IX_cohorts_notifications_UserId_OnceKey",
                schema: "cohorts",
                table: "cohorts_notifications",
                columns: new[] { "UserId", "OnceKey" },
                unique: true,
                filter: "[OnceKey] IS NOT NULL");

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
                type: "bit",
                nullable: false,
                defaultValue: false);
        }
    }
}
