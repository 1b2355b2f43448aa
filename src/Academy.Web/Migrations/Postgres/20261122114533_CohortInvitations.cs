using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Academy.Web.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class CohortInvitations : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "cohorts_invitations",
                schema: "cohorts",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CohortId = table.Column<Guid>(type: "uuid", nullable: false),
                    Email = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    Name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    TokenHash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ExpiresAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    AcceptedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    AcceptedBy = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_cohorts_invitations", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_cohorts_invitations_CohortId_Email",
                schema: "cohorts",
                table: "cohorts_invitations",
                columns: new[] { "CohortId", "Email" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_cohorts_invitations_TokenHash",
                schema: "cohorts",
                table: "cohorts_invitations",
                column: "TokenHash",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "cohorts_invitations",
                schema: "cohorts");
        }
    }
}
