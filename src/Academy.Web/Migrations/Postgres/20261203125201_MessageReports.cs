using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Academy.Web.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class MessageReports : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "RemovedByAdmin",
                schema: "cohorts",
                table: "cohorts_private_messages",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.CreateTable(
                name: "cohorts_message_reports",
                schema: "cohorts",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    MessageId = table.Column<Guid>(type: "uuid", nullable: false),
                    ReporterId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: true),
                    ReporterName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Reason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    ReportedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Outcome = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    ResolvedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    ResolvedById = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: true),
                    ResolvedByName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_cohorts_message_reports", x => x.Id);
                    table.ForeignKey(
                        name: "FK_cohorts_message_reports_cohorts_private_messages_MessageId",
                        column: x => x.MessageId,
                        principalSchema: "cohorts",
                        principalTable: "cohorts_private_messages",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_cohorts_message_reports_MessageId_ReporterId",
                schema: "cohorts",
                table: "cohorts_message_reports",
                columns: new[] { "MessageId", "ReporterId" });

            migrationBuilder.CreateIndex(
                name: "IX_cohorts_message_reports_Outcome_ReportedAt",
                schema: "cohorts",
                table: "cohorts_message_reports",
                columns: new[] { "Outcome", "ReportedAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "cohorts_message_reports",
                schema: "cohorts");

            migrationBuilder.DropColumn(
                name: "RemovedByAdmin",
                schema: "cohorts",
                table: "cohorts_private_messages");
        }
    }
}
