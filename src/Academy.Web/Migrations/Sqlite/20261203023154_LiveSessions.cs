using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Academy.Web.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class LiveSessions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "TimeZone",
                table: "cohorts_cohorts",
                type: "TEXT",
                maxLength: 64,
                nullable: false,
                defaultValue: "Europe/Helsinki");

            migrationBuilder.CreateTable(
                name: "cohorts_sessions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CohortId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Number = table.Column<int>(type: "INTEGER", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    AgendaMarkdown = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    AgendaHtml = table.Column<string>(type: "TEXT", nullable: false),
                    StartsAt = table.Column<long>(type: "INTEGER", nullable: false),
                    EndsAt = table.Column<long>(type: "INTEGER", nullable: false),
                    MeetingUrl = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    Place = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    ModuleSlug = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    IsCancelled = table.Column<bool>(type: "INTEGER", nullable: false),
                    CancelledAt = table.Column<long>(type: "INTEGER", nullable: true),
                    RecordingUrl = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    NotesMarkdown = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    NotesHtml = table.Column<string>(type: "TEXT", nullable: false),
                    AttendanceTakenAt = table.Column<long>(type: "INTEGER", nullable: true),
                    Sequence = table.Column<int>(type: "INTEGER", nullable: false),
                    ChangedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_cohorts_sessions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_cohorts_sessions_cohorts_cohorts_CohortId",
                        column: x => x.CohortId,
                        principalTable: "cohorts_cohorts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "cohorts_session_attendance",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    SessionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    UserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    Attended = table.Column<bool>(type: "INTEGER", nullable: false),
                    RecordedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_cohorts_session_attendance", x => x.Id);
                    table.ForeignKey(
                        name: "FK_cohorts_session_attendance_cohorts_sessions_SessionId",
                        column: x => x.SessionId,
                        principalTable: "cohorts_sessions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "cohorts_session_rsvps",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    SessionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    UserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    Answer = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    AnsweredAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_cohorts_session_rsvps", x => x.Id);
                    table.ForeignKey(
                        name: "FK_cohorts_session_rsvps_cohorts_sessions_SessionId",
                        column: x => x.SessionId,
                        principalTable: "cohorts_sessions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_cohorts_session_attendance_SessionId_UserId",
                table: "cohorts_session_attendance",
                columns: new[] { "SessionId", "UserId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_cohorts_session_attendance_UserId",
                table: "cohorts_session_attendance",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_cohorts_session_rsvps_SessionId_UserId",
                table: "cohorts_session_rsvps",
                columns: new[] { "SessionId", "UserId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_cohorts_session_rsvps_UserId",
                table: "cohorts_session_rsvps",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_cohorts_sessions_CohortId_Number",
                table: "cohorts_sessions",
                columns: new[] { "CohortId", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_cohorts_sessions_CohortId_StartsAt",
                table: "cohorts_sessions",
                columns: new[] { "CohortId", "StartsAt" });

            migrationBuilder.CreateIndex(
                name: "IX_cohorts_sessions_StartsAt",
                table: "cohorts_sessions",
                column: "StartsAt");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "cohorts_session_attendance");

            migrationBuilder.DropTable(
                name: "cohorts_session_rsvps");

            migrationBuilder.DropTable(
                name: "cohorts_sessions");

            migrationBuilder.DropColumn(
                name: "TimeZone",
                table: "cohorts_cohorts");
        }
    }
}
