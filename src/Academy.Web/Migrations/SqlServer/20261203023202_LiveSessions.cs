using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Academy.Web.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class LiveSessions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "TimeZone",
                schema: "cohorts",
                table: "cohorts_cohorts",
                type: "nvarchar(64)",
                maxLength: 64,
                nullable: false,
                defaultValue: "Europe/Helsinki");

            migrationBuilder.CreateTable(
                name: "cohorts_sessions",
                schema: "cohorts",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    CohortId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Number = table.Column<int>(type: "int", nullable: false),
                    Title = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    AgendaMarkdown = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: false),
                    AgendaHtml = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    StartsAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    EndsAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    MeetingUrl = table.Column<string>(type: "nvarchar(300)", maxLength: 300, nullable: true),
                    Place = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    ModuleSlug = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: true),
                    IsCancelled = table.Column<bool>(type: "bit", nullable: false),
                    CancelledAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    RecordingUrl = table.Column<string>(type: "nvarchar(300)", maxLength: 300, nullable: true),
                    NotesMarkdown = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: false),
                    NotesHtml = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    AttendanceTakenAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    Sequence = table.Column<int>(type: "int", nullable: false),
                    ChangedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    CreatedBy = table.Column<string>(type: "nvarchar(450)", maxLength: 450, nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_cohorts_sessions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_cohorts_sessions_cohorts_cohorts_CohortId",
                        column: x => x.CohortId,
                        principalSchema: "cohorts",
                        principalTable: "cohorts_cohorts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "cohorts_session_attendance",
                schema: "cohorts",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    SessionId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    UserId = table.Column<string>(type: "nvarchar(450)", maxLength: 450, nullable: false),
                    Attended = table.Column<bool>(type: "bit", nullable: false),
                    RecordedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_cohorts_session_attendance", x => x.Id);
                    table.ForeignKey(
                        name: "FK_cohorts_session_attendance_cohorts_sessions_SessionId",
                        column: x => x.SessionId,
                        principalSchema: "cohorts",
                        principalTable: "cohorts_sessions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "cohorts_session_rsvps",
                schema: "cohorts",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    SessionId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    UserId = table.Column<string>(type: "nvarchar(450)", maxLength: 450, nullable: false),
                    Answer = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    AnsweredAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_cohorts_session_rsvps", x => x.Id);
                    table.ForeignKey(
                        name: "FK_cohorts_session_rsvps_cohorts_sessions_SessionId",
                        column: x => x.SessionId,
                        principalSchema: "cohorts",
                        principalTable: "cohorts_sessions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_cohorts_session_attendance_SessionId_UserId",
                schema: "cohorts",
                table: "cohorts_session_attendance",
                columns: new[] { "SessionId", "UserId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_cohorts_session_attendance_UserId",
                schema: "cohorts",
                table: "cohorts_session_attendance",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_cohorts_session_rsvps_SessionId_UserId",
                schema: "cohorts",
                table: "cohorts_session_rsvps",
                columns: new[] { "SessionId", "UserId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_cohorts_session_rsvps_UserId",
                schema: "cohorts",
                table: "cohorts_session_rsvps",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_cohorts_sessions_CohortId_Number",
                schema: "cohorts",
                table: "cohorts_sessions",
                columns: new[] { "CohortId", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_cohorts_sessions_CohortId_StartsAt",
                schema: "cohorts",
                table: "cohorts_sessions",
                columns: new[] { "CohortId", "StartsAt" });

            migrationBuilder.CreateIndex(
                name: "IX_cohorts_sessions_StartsAt",
                schema: "cohorts",
                table: "cohorts_sessions",
                column: "StartsAt");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "cohorts_session_attendance",
                schema: "cohorts");

            migrationBuilder.DropTable(
                name: "cohorts_session_rsvps",
                schema: "cohorts");

            migrationBuilder.DropTable(
                name: "cohorts_sessions",
                schema: "cohorts");

            migrationBuilder.DropColumn(
                name: "TimeZone",
                schema: "cohorts",
                table: "cohorts_cohorts");
        }
    }
}
